package hexlet.lesson.engine.report;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a report comes from, so a grade can be traced and reproduced.
 *
 * @param courseCommit the course repository's commit, when the course is a git checkout
 * @param imageId the id of the image the run used ({@code sha256:...})
 * @param toolVersion the version of hexlet-lesson that graded
 * @param startedAt when the run started, from the caller's clock
 */
public record Provenance(
    Optional<String> courseCommit, String imageId, String toolVersion, Instant startedAt) {}
