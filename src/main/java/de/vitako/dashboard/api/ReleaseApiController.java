package de.vitako.dashboard.api;

import java.time.Instant;
import java.util.List;

import de.vitako.dashboard.figures.FigureSnapshots;
import de.vitako.dashboard.figures.LocalizedText;
import de.vitako.dashboard.figures.PublishedReleases;
import de.vitako.dashboard.figures.ReleaseChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The published releases, for clients that want to cite one or fetch its figures: every other read URL takes
 * {@code ?release=n}.
 */
@RestController
@Tag(name = "Releases", description = "The published releases, each citable")
class ReleaseApiController {

	private final FigureSnapshots snapshots;

	private final ReleaseChanges releaseChanges;

	private final PublishedReleases published;

	ReleaseApiController(FigureSnapshots snapshots, ReleaseChanges releaseChanges, PublishedReleases published) {
		this.snapshots = snapshots;
		this.releaseChanges = releaseChanges;
		this.published = published;
	}

	@GetMapping(path = "/api/v1/releases", produces = "application/json")
	@Operation(summary = "Every published release, the latest first, with its notes and how many figures it changed")
	ResponseEntity<List<ReleaseResource>> releases(WebRequest request) {
		String etag = "W/\"releases-" + this.snapshots.knownRelease() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		List<ReleaseResource> releases = this.published.releases()
			.stream()
			.map((release) -> new ReleaseResource(release.number(), release.publishedAt(), release.scheduledFor(),
					release.notes(), this.releaseChanges.changeCount(release.number()),
					"/releases/" + release.number(), "/export/figures.csv?release=" + release.number(),
					"/export/datapackage.json?release=" + release.number()))
			.toList();
		return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(releases);
	}

	/**
	 * A published release.
	 *
	 * @param changes how many figures it added, corrected or removed against the release before
	 * @param page its notes and changes, for people
	 * @param figures its figures as CSV
	 * @param dataPackage its Frictionless data package
	 */
	record ReleaseResource(int number, Instant publishedAt, Instant scheduledFor, LocalizedText notes, int changes,
			String page, String figures, String dataPackage) {
	}

}
