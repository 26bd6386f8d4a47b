package de.vitako.dashboard.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A text that an admin types into a form: at most {@code max} characters and no markup ({@link MarkupRule}, which
 * the import applies too).
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Size
@Pattern(regexp = MarkupRule.NO_MARKUP, message = "{" + MarkupRule.MESSAGE + "}")
@interface AdminText {

	@OverridesAttribute(constraint = Size.class, name = "max")
	int max();

	/** The message when the text is too long. */
	@OverridesAttribute(constraint = Size.class, name = "message")
	String tooLong();

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
