package de.vitako.dashboard.figures.catalogue;

/**
 * A change of the catalogue that cannot be made: a code that exists, a metric changed by someone else since the
 * form was opened, a published entry to delete, a unit to change under existing figures. The message is a key of
 * the admin's messages; the field it belongs to, if one does.
 */
public class CatalogueRefusedException extends RuntimeException {

	private final String field;

	private final transient Object[] arguments;

	public CatalogueRefusedException(String field, String key, Object... arguments) {
		super(key);
		this.field = field;
		this.arguments = arguments;
	}

	public String key() {
		return getMessage();
	}

	/** The form field the refusal belongs to; {@code null} for the whole form. */
	public String field() {
		return this.field;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
