package de.vitako.dashboard.survey;

/**
 * A change of the member registry or a survey round that is refused, with the message key that says why and the
 * form field it concerns ({@code null} for the whole form).
 */
public class SurveyRefusedException extends RuntimeException {

	private final String field;

	private final transient Object[] arguments;

	public SurveyRefusedException(String field, String key, Object... arguments) {
		super(key);
		this.field = field;
		this.arguments = arguments.clone();
	}

	public String field() {
		return this.field;
	}

	public String key() {
		return getMessage();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
