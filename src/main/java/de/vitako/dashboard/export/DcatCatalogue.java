package de.vitako.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import de.vitako.dashboard.figures.BasisRange;
import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.MetricData;
import de.vitako.dashboard.figures.MetricInfo;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.ModelBuilder;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The release as a DCAT-AP.de catalogue, for GovData's harvester: a {@code dcat:Catalog} with one
 * {@code dcat:Dataset} per metric, each with a distribution per format. One dataset per metric, not one for all:
 * each metric is a figure of its own (its own title, description, years, unit and landing page), portals list and
 * search datasets, and a reader looking for "VPN-Zertifikate" should find that dataset with its own downloads.
 */
@Component
class DcatCatalogue {

	static final String DCATDE = "http://dcat-ap.de/def/dcatde/";

	static final String DCATAP = "http://data.europa.eu/r5r/";

	/** The licence as DCAT-AP.de's licence vocabulary names it. */
	static final String DL_DE_BY_2_0 = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";

	private static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

	private static final String MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";

	private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";

	private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/ANNUAL";

	private static final String STATUS = "http://publications.europa.eu/resource/authority/dataset-status/COMPLETED";

	private final DcatProperties operator;

	DcatCatalogue(DcatProperties operator) {
		this.operator = operator;
	}

	/**
	 * @param named whether a release was asked for by its number: its downloads then name it too
	 */
	byte[] turtle(FigureSnapshot release, String base, boolean named) {
		return write(model(release, base, named), RDFFormat.TURTLE, new WriterConfig());
	}

	/** Compact JSON-LD: prefixed names, with the prefixes in an inline {@code @context} (nothing to fetch). */
	byte[] jsonLd(FigureSnapshot release, String base, boolean named) {
		WriterConfig config = new WriterConfig();
		config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
		config.set(BasicWriterSettings.PRETTY_PRINT, true);
		return write(model(release, base, named), RDFFormat.JSONLD, config);
	}

	private static byte[] write(Model model, RDFFormat format, WriterConfig config) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Rio.write(model, out, format, config);
		return out.toByteArray();
	}

	Model model(FigureSnapshot release, String base) {
		return model(release, base, false);
	}

	Model model(FigureSnapshot release, String base, boolean named) {
		ModelBuilder rdf = new ModelBuilder().setNamespace(DCAT.NS)
			.setNamespace(DCTERMS.NS)
			.setNamespace(FOAF.NS)
			.setNamespace("vcard", VCARD4.NAMESPACE)
			.setNamespace(XSD.NS)
			.setNamespace("dcatde", DCATDE)
			.setNamespace("dcatap", DCATAP);
		IRI catalog = Values.iri(base + "/export/catalog");
		IRI publisher = Values.iri(this.operator.publisherHomepage());
		IRI license = Values.iri(DL_DE_BY_2_0);
		var modified = Values.literal(release.changedAt().atOffset(ZoneOffset.UTC).withNano(0));
		rdf.subject(publisher)
			.add(RDF.TYPE, FOAF.AGENT)
			.add(RDF.TYPE, FOAF.ORGANIZATION)
			.add(FOAF.NAME, this.operator.publisherName())
			.add(DCTERMS.TYPE, Values.iri(this.operator.publisherType()))
			.add(FOAF.HOMEPAGE, publisher);
		IRI home = Values.iri(base + "/");
		rdf.subject(home).add(RDF.TYPE, FOAF.DOCUMENT);
		rdf.subject(catalog)
			.add(RDF.TYPE, DCAT.CATALOG)
			.add(DCTERMS.TITLE, Values.literal("Vitako-Kennzahlen der kommunalen IT-Dienstleister", "de"))
			.add(DCTERMS.TITLE, Values.literal("Key figures of Germany's municipal IT service providers", "en"))
			.add(DCTERMS.DESCRIPTION, Values.literal("Kennzahlen der Mitglieder der Vitako (Rechenzentren, Software- "
					+ "und Dienstleistungsunternehmen der kommunalen IT): Endgeräte, Lizenzen, VPN-Zertifikate, "
					+ "Arbeitsplätze, Personal und Umfrageergebnisse.", "de"))
			.add(DCTERMS.DESCRIPTION, Values.literal("Key figures of Vitako's members (the data centres, software and "
					+ "service companies of Germany's municipal IT): devices, licences, VPN certificates, workplaces, "
					+ "staff and survey results.", "en"))
			.add(DCTERMS.PUBLISHER, publisher)
			.add(FOAF.HOMEPAGE, home)
			.add(DCTERMS.LICENSE, license)
			.add(DCTERMS.LANGUAGE, Values.iri(LANGUAGE + "DEU"))
			.add(DCTERMS.LANGUAGE, Values.iri(LANGUAGE + "ENG"))
			.add(DCTERMS.MODIFIED, modified)
			.add(DCAT.THEME_TAXONOMY, Values.iri("http://publications.europa.eu/resource/authority/data-theme"));
		for (MetricData data : release.metrics()) {
			// the builder adds to the subject it was last given: the dataset first, then its link
			IRI dataset = dataset(rdf, data, release, base, publisher, license, named);
			rdf.subject(catalog).add(DCAT.HAS_DATASET, dataset);
		}
		return rdf.build();
	}

	private IRI dataset(ModelBuilder rdf, MetricData data, FigureSnapshot release, String base, IRI publisher,
			IRI license, boolean named) {
		MetricInfo metric = data.metric();
		IRI page = Values.iri(base + "/metrics/" + metric.slug());
		IRI dataset = Values.iri(base + "/metrics/" + metric.slug() + "#dataset");
		var modified = Values.literal(release.changedAt().atOffset(ZoneOffset.UTC).withNano(0));
		rdf.subject(page).add(RDF.TYPE, FOAF.DOCUMENT);
		rdf.subject(dataset)
			.add(RDF.TYPE, DCAT.DATASET)
			.add(DCTERMS.IDENTIFIER, metric.code())
			.add(DCTERMS.PUBLISHER, publisher)
			.add(DCTERMS.CREATOR, publisher)
			.add(DCAT.LANDING_PAGE, page)
			.add(DCTERMS.MODIFIED, modified)
			.add(DCTERMS.ACCRUAL_PERIODICITY, Values.iri(FREQUENCY))
			.add(DCTERMS.LANGUAGE, Values.iri(LANGUAGE + "DEU"))
			.add(DCTERMS.LANGUAGE, Values.iri(LANGUAGE + "ENG"))
			.add(DCTERMS.SPATIAL, Values.iri(this.operator.spatial()))
			.add(Values.iri(DCATDE + "contributorID"), Values.iri(this.operator.contributorId()))
			.add(Values.iri(DCATDE + "politicalGeocodingLevelURI"),
					Values.iri(this.operator.politicalGeocodingLevel()))
			.add(Values.iri("http://www.w3.org/ns/adms#status"), Values.iri(STATUS))
			.add(DCAT.KEYWORD, Values.literal("Kommunale IT", "de"))
			.add(DCAT.KEYWORD, Values.literal("Vitako", "de"));
		text(rdf, DCTERMS.TITLE, metric.label());
		LocalizedText description = metric.description();
		LocalizedText basis = basis(data);
		text(rdf, DCTERMS.DESCRIPTION, new LocalizedText(
				(description.de().isBlank() ? metric.label().de() + " (Vitako-Kennzahl)" : description.de())
						+ basis.de(),
				(description.en().isBlank() ? metric.label().en() + " (Vitako key figure)" : description.en())
						+ basis.en()));
		this.operator.themes().forEach((theme) -> rdf.add(DCAT.THEME, Values.iri(theme)));
		if (release.release() != null) {
			rdf.add(DCAT.VERSION, String.valueOf(release.revision()));
		}
		IRI contact = Values.iri(dataset.stringValue() + "-contact");
		rdf.add(DCAT.CONTACT_POINT, contact);
		rdf.subject(contact)
			.add(RDF.TYPE, VCARD4.ORGANIZATION)
			.add(RDF.TYPE, VCARD4.KIND)
			.add(VCARD4.FN, this.operator.contactName())
			.add(VCARD4.HAS_EMAIL, Values.iri("mailto:" + this.operator.contactEmail()));
		List<Integer> years = data.years();
		if (!years.isEmpty()) {
			Resource period = Values.iri(dataset.stringValue() + "-period");
			rdf.subject(dataset).add(DCTERMS.TEMPORAL, period);
			rdf.subject(period)
				.add(RDF.TYPE, DCTERMS.PERIOD_OF_TIME)
				.add(DCAT.START_DATE, Values.literal(LocalDate.of(years.get(0), 1, 1)))
				.add(DCAT.END_DATE, Values.literal(LocalDate.of(years.get(years.size() - 1), 12, 31)));
		}
		String metricPath = base + "/export/metrics/" + metric.code() + ".csv";
		List<Distribution> distributions = List.of(
				new Distribution("csv", metricPath, "CSV", "text/csv",
						new LocalizedText("CSV (UTF-8, Komma, Punkt als Dezimalzeichen)",
								"CSV (UTF-8, comma-separated, dot decimal)")),
				new Distribution("excel-csv", metricPath + "?format=excel", "CSV", "text/csv",
						new LocalizedText("CSV für Excel (Semikolon, Dezimalkomma)",
								"CSV for German Excel (semicolon, decimal comma)")),
				new Distribution("xlsx", metricPath + "?format=xlsx", "XLSX",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						new LocalizedText("Excel-Arbeitsmappe (XLSX)", "Excel workbook (XLSX)")),
				new Distribution("api", base + "/api/v1/metrics/" + metric.code() + "/figures", "JSON", "application/json",
						new LocalizedText("JSON-API (OpenAPI: /v3/api-docs)", "JSON API (OpenAPI: /v3/api-docs)")),
				new Distribution("datapackage", base + "/export/datapackage.json", "JSON", "application/json",
						new LocalizedText("Data Package (Frictionless) aller Kennzahlen",
								"Data Package (Frictionless) of all key figures")));
		for (Distribution d : distributions) {
			IRI distribution = Values.iri(dataset.stringValue() + "-" + d.name());
			IRI url = Values.iri(named ? UriComponentsBuilder.fromUriString(d.url())
				.queryParam("release", release.revision())
				.toUriString() : d.url());
			rdf.subject(dataset).add(DCAT.HAS_DISTRIBUTION, distribution);
			rdf.subject(distribution)
				.add(RDF.TYPE, DCAT.DISTRIBUTION)
				.add(DCAT.ACCESS_URL, url)
				.add(DCAT.DOWNLOAD_URL, url)
				.add(DCTERMS.FORMAT, Values.iri(FILE_TYPE + d.fileType()))
				.add(DCAT.MEDIA_TYPE, Values.iri(MEDIA_TYPE + d.mediaType()))
				.add(DCTERMS.LICENSE, license)
				.add(Values.iri(DCATDE + "licenseAttributionByText"),
						Values.literal("Vitako – Bundes-Arbeitsgemeinschaft der Kommunalen IT-Dienstleister e.V.", "de"))
				.add(DCTERMS.MODIFIED, modified);
			text(rdf, DCTERMS.TITLE, d.title());
		}
		return dataset;
	}

	private static void text(ModelBuilder rdf, IRI property, LocalizedText text) {
		rdf.add(property, Values.literal(text.de(), "de")).add(property, Values.literal(text.en(), "en"));
	}

	private record Distribution(String name, String url, String fileType, String mediaType, LocalizedText title) {
	}

	/**
	 * What the latest survey year of a metric rests on, as a sentence after its description: " Mitgliederumfrage
	 * 2021: 26 von 52 eingeladenen Mitgliedern haben geantwortet …"; empty for a metric without survey figures.
	 */
	private static LocalizedText basis(MetricData data) {
		return BasisRange.latest(data.figures()).map((latest) -> {
			String n = latest.range().respondents(String::valueOf);
			return new LocalizedText(" Mitgliederumfrage " + latest.year() + ": " + n + " von "
					+ latest.range().invited()
					+ " eingeladenen Mitgliedern haben geantwortet (je Zahl in den Spalten respondents und invited).",
					" Members' survey " + latest.year() + ": " + n + " of " + latest.range().invited()
							+ " invited members answered (per figure in the columns respondents and invited).");
		}).orElse(new LocalizedText("", ""));
	}

}
