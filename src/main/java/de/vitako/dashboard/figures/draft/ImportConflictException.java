package de.vitako.dashboard.figures.draft;

/**
 * An import that cannot be applied or undone as asked: the draft changed since its preview, it is undone already,
 * it is published, or one of its figures changed since. The message is a key of the admin's messages.
 */
public class ImportConflictException extends RuntimeException {

	public ImportConflictException(String key) {
		super(key);
	}

	public String key() {
		return getMessage();
	}

}
