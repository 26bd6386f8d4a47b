package de.vitako.dashboard.survey;

import java.io.Serializable;

/**
 * Where an answer goes: the question's metric and one of its segments.
 */
public record AnswerKey(String metric, String segment) implements Serializable {

	/** As in form fields' names: {@code devices-schools}; codes never contain a hyphen. */
	public String name() {
		return this.metric + "-" + this.segment;
	}

}
