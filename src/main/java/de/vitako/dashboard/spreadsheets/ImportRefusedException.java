package de.vitako.dashboard.spreadsheets;


/**
 * A file that cannot be imported at all (not a spreadsheet, an unknown encoding, too large, no columns to read):
 * a message key of the admin's language, and its arguments (a row number where there is one).
 */
public class ImportRefusedException extends Exception {

	private final transient Object[] arguments;

	public ImportRefusedException(String key, Object... arguments) {
		super(key);
		this.arguments = arguments;
	}

	public String key() {
		return getMessage();
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
