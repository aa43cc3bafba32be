package hexlet.lesson.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.engine.report.Report;
import hexlet.lesson.engine.report.ReportFormat;
import hexlet.lesson.engine.report.ReportJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The report folder of a batch: each learner's report as {@code <learner>.json}, and beside it in
 * {@code .hexlet-batch/<learner>.json} what it was graded from (the submission's hash and the
 * grading key: image, tool version, lesson files, limits, expected tests), so that a rerun keeps a
 * report whose submission and grading have not changed. Files are written whole and then moved in
 * place, so an interrupted batch never leaves half a report.
 */
public final class ReportStore {
  static final String STATE_DIR = ".hexlet-batch";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  public ReportStore(Path dir) {
    this.dir = dir;
  }

  /** What a report was graded from: the submission's hash and the grading key. */
  public record GradedFrom(String submissionHash, String gradingKey) {}

  public Path dir() {
    return dir;
  }

  public Path report(String learner) {
    return dir.resolve(learner + ".json");
  }

  private Path state(String learner) {
    return dir.resolve(STATE_DIR).resolve(learner + ".json");
  }

  /** The learner's report, when it was made from this submission with this grading. */
  public Optional<Report> upToDate(String learner, GradedFrom from) {
    Path state = state(learner);
    Path report = report(learner);
    if (!Files.isRegularFile(state) || !Files.isRegularFile(report)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(state.toFile());
      if (!from.submissionHash().equals(node.path("submission_sha256").asText())
          || !from.gradingKey().equals(node.path("grading_key").asText())) {
        return Optional.empty();
      }
      return Optional.of(ReportJson.parse(Files.readString(report, StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the learner's report, and what it was graded from when it is a grade that a rerun may
   * keep.
   *
   * @param gradedFrom empty for a submission that could not be graded, which a rerun tries again
   */
  public void save(String learner, Report report, Optional<GradedFrom> gradedFrom) {
    try {
      Files.createDirectories(dir.resolve(STATE_DIR));
      Files.deleteIfExists(state(learner));
      write(report(learner), ReportFormat.json.renderer(false).render(report));
      if (gradedFrom.isPresent()) {
        var node = JSON.createObjectNode();
        node.put("learner", learner);
        node.put("submission_sha256", gradedFrom.get().submissionHash());
        node.put("grading_key", gradedFrom.get().gradingKey());
        write(
            state(learner), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
