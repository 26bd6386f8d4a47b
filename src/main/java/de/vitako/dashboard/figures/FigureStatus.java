package de.vitako.dashboard.figures;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.vitako.dashboard.shared.Language;

/**
 * A figure's value flag, from a fixed list, as statistical offices mark their values: provisional, estimated,
 * revised, confidential (the value is withheld and stored as no number at all) or a break in the series. A figure
 * without a flag is a normal, final value.
 * <p>
 * Each flag has its code as stored and exported ({@code provisional} …), the sign readers know from Destatis'
 * tables (German) and Eurostat's (English), and its SDMX observation status ({@code OBS_STATUS} of the code list
 * {@code CL_OBS_STATUS}): P provisional, E estimated, B break in series, Q "missing value; suppressed" for a
 * confidential one (whose {@code CONF_STATUS} is C). SDMX has no observation status for a revised value; Eurostat
 * flags it "r", and so do we, with no SDMX code.
 */
public enum FigureStatus {

	PROVISIONAL("vorläufig", "provisional", "p", "p", "P"),

	ESTIMATED("geschätzt", "estimated", "s", "e", "E"),

	REVISED("berichtigt", "revised", "r", "r", null),

	CONFIDENTIAL("geheim gehalten", "confidential", "•", "•", "Q"),

	BREAK("Bruch in der Reihe", "break in series", "|", "b", "B");

	private final String germanName;

	private final String englishName;

	private final String germanSign;

	private final String englishSign;

	private final String sdmx;

	FigureStatus(String germanName, String englishName, String germanSign, String englishSign, String sdmx) {
		this.germanName = germanName;
		this.englishName = englishName;
		this.germanSign = germanSign;
		this.englishSign = englishSign;
		this.sdmx = sdmx;
	}

	/** The code as stored and exported: {@code provisional}, {@code estimated}, {@code revised} … */
	@com.fasterxml.jackson.annotation.JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The flag's name in a language, as forms, legends and the Excel exports write it: "vorläufig", "provisional". */
	public String label(Locale locale) {
		return Language.of(locale).pick(this.germanName, this.englishName);
	}

	/** The sign beside a value in a language: "p", "s" (geschätzt) or "e" (estimated), "r", "•", "|" or "b". */
	public String sign(Locale locale) {
		return Language.of(locale).pick(this.germanSign, this.englishSign);
	}

	/** The SDMX observation status ({@code P}, {@code E}, {@code B}, {@code Q}), or {@code null} for "revised". */
	public String sdmxObservationStatus() {
		return this.sdmx;
	}

	/** Whether the value is withheld: no number is stored, shown, charted or computed with. */
	public boolean confidential() {
		return this == CONFIDENTIAL;
	}

	/** The message key of the flag's meaning, for legends: {@code figure.status.provisional}. */
	public String legendKey() {
		return "figure.status." + code();
	}

	/** The flag of a stored or exported code; {@code null} for none. */
	public static FigureStatus fromCode(String code) {
		return (code == null) ? null : valueOf(code.toUpperCase(Locale.ROOT));
	}

	/**
	 * The flag a person typed into a spreadsheet or form: its code, its sign or its SDMX code in either language,
	 * any case ({@code vorläufig}, {@code provisional}, {@code p}, {@code P}); empty if it names none.
	 */
	public static Optional<FigureStatus> parse(String text) {
		String typed = text.strip();
		return Arrays.stream(values())
			.filter((s) -> s.code().equalsIgnoreCase(typed) || s.germanName.equalsIgnoreCase(typed)
					|| s.englishName.equalsIgnoreCase(typed) || s.germanSign.equalsIgnoreCase(typed)
					|| s.englishSign.equalsIgnoreCase(typed) || typed.equalsIgnoreCase(s.sdmx))
			.findFirst();
	}

	/** Every flag, in the order forms and legends list them. */
	public static List<FigureStatus> all() {
		return Arrays.asList(values());
	}

}
