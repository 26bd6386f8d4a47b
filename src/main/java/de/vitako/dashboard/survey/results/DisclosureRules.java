package de.vitako.dashboard.survey.results;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The disclosure control's rules ({@code vitako.disclosure.*}), as statistical offices and sdcTable apply them: a
 * cell resting on fewer than {@code minContributors} members is confidential (the frequency rule), and so is a sum
 * whose {@code dominanceContributors} largest parts make more than {@code dominanceShare} per cent of it (the (n,k)
 * dominance rule). Settings that would publish what these defaults protect are refused at start-up.
 *
 * @param minContributors the fewest members a published cell rests on (3 or more)
 * @param dominanceContributors the n of the (n,k) rule: how many of the largest parts are added up (1 or 2)
 * @param dominanceShare the k of the (n,k) rule, in per cent: more than 0 and at most 100; the lower, the stricter
 */
@ConfigurationProperties("vitako.disclosure")
public record DisclosureRules(@DefaultValue("3") int minContributors, @DefaultValue("2") int dominanceContributors,
		@DefaultValue("85") double dominanceShare) {

	public DisclosureRules {
		if (minContributors < 3) {
			throw new IllegalArgumentException("vitako.disclosure.min-contributors must be 3 or more (was "
					+ minContributors + "): a cell of one or two members gives their answers away");
		}
		if (dominanceContributors < 1 || dominanceContributors > 2) {
			throw new IllegalArgumentException("vitako.disclosure.dominance-contributors must be 1 or 2 (was "
					+ dominanceContributors + ")");
		}
		if (!(dominanceShare > 0 && dominanceShare <= 100)) {
			throw new IllegalArgumentException("vitako.disclosure.dominance-share must be more than 0 and at most "
					+ "100 per cent (was " + dominanceShare + "): above 100, no cell would ever be dominated");
		}
	}

}
