package de.vitako.dashboard.admin.imports;

/**
 * A file that cannot be imported at all (not a spreadsheet, an unknown encoding, too large, no columns to read):
 * a message key of the admin's language, and its arguments (a row number where there is one).
 */
class ImportRefusedException extends Exception {

	private final transient Object[] arguments;

	ImportRefusedException(String key, Object... arguments) {
		super(key);
		this.arguments = arguments;
	}

	String key() {
		return getMessage();
	}

	Object[] arguments() {
		return this.arguments.clone();
	}

}
