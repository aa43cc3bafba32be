package hexlet.lesson.engine.batch;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One learner's submission in a batch: a folder, an archive or a single file named after the
 * learner.
 *
 * @param problem why it cannot be graded before even reading it (another submission has the same
 *     learner name, it is a link); empty when it can be read
 */
public record Submission(String learner, Path source, Optional<String> problem) {}
