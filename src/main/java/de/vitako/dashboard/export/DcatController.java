package de.vitako.dashboard.export;

import java.util.List;

import de.vitako.dashboard.figures.FigureSnapshot;
import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.shared.PublicUrl;
import de.vitako.dashboard.shared.ReleaseCaching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The DCAT-AP.de catalogue of the latest release, for GovData and other portals: Turtle at {@code catalog.ttl},
 * JSON-LD at {@code catalog.jsonld}, and either at {@code /export/catalog} as the {@code Accept} header asks
 * (Turtle unless JSON-LD is preferred). It describes the latest release, whose downloads it links, or the one
 * {@code ?release=n} names, with downloads that name it too.
 */
@RestController
@EnableConfigurationProperties(DcatProperties.class)
class DcatController {

	static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final FigureSnapshots snapshots;

	private final DcatCatalogue dcat;

	private final PublicUrl publicUrl;

	DcatController(FigureSnapshots snapshots, DcatCatalogue dcat, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.snapshots = snapshots;
		this.dcat = dcat;
	}

	/**
	 * JSON-LD where the client prefers it ({@code application/ld+json}, or {@code application/json}) over Turtle,
	 * else Turtle; a client that accepts neither, not even by a wildcard, gets 406.
	 */
	@GetMapping("/export/catalog")
	ResponseEntity<byte[]> negotiated(@RequestParam(required = false) String release, WebRequest request)
			throws HttpMediaTypeNotAcceptableException {
		double turtle = 0;
		double jsonLd = 0;
		double any = 0;
		List<MediaType> accepted;
		try {
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			accepted = (accept == null || accept.isBlank()) ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException ex) {
			accepted = List.of(MediaType.ALL);
		}
		for (MediaType type : accepted) {
			double quality = type.getQualityValue();
			if (type.isWildcardType() || (type.isWildcardSubtype() && type.getType().equals("text"))) {
				any = Math.max(any, quality);
			}
			else if (type.isCompatibleWith(JSON_LD) || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				jsonLd = Math.max(jsonLd, quality);
			}
			else if (type.isCompatibleWith(TURTLE)) {
				turtle = Math.max(turtle, quality);
			}
		}
		if (jsonLd > 0 && jsonLd > Math.max(turtle, any)) {
			return answer(release, request, "jsonld", JSON_LD);
		}
		if (turtle > 0 || any > 0) {
			return answer(release, request, "ttl", TURTLE);
		}
		throw new HttpMediaTypeNotAcceptableException(List.of(TURTLE, JSON_LD));
	}

	/** Any {@code Accept}: the file's own type, as a download link expects. */
	@GetMapping("/export/catalog.ttl")
	ResponseEntity<byte[]> turtle(@RequestParam(required = false) String release, WebRequest request) {
		return answer(release, request, "ttl", TURTLE);
	}

	/** Any {@code Accept}: the file's own type, as a download link expects. */
	@GetMapping(path = "/export/catalog.jsonld")
	ResponseEntity<byte[]> jsonLd(@RequestParam(required = false) String release, WebRequest request) {
		return answer(release, request, "jsonld", JSON_LD);
	}

	/** The catalogue of the latest release, revalidated on every use, or of a named one, kept for a year. */
	private ResponseEntity<byte[]> answer(String release, WebRequest request, String format, MediaType type) {
		FigureSnapshot snapshot = this.snapshots.snapshot(release);
		boolean named = release != null;
		String etag = "W/\"dcat-" + format + "-" + snapshot.revision() + (named ? "-named" : "") + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		String base = this.publicUrl.base();
		byte[] body = "ttl".equals(format) ? this.dcat.turtle(snapshot, base, named)
				: this.dcat.jsonLd(snapshot, base, named);
		return ResponseEntity.ok()
			.contentType(type)
			.eTag(etag)
			.header(HttpHeaders.CACHE_CONTROL, named ? ReleaseCaching.IMMUTABLE : ReleaseCaching.REVALIDATE)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
			.body(body);
	}

}
