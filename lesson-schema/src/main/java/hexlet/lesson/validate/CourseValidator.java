package hexlet.lesson.validate;

import com.fasterxml.jackson.databind.JsonNode;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.schema.CourseSchema;
import hexlet.lesson.schema.CourseSchemas;
import hexlet.lesson.text.TextFileReader;
import hexlet.lesson.yaml.YamlDocument;
import hexlet.lesson.yaml.YamlLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs every rule over a course and collects every finding; it never stops at the first. Lessons
 * are checked in parallel; the schemas are compiled once per process, while the course tree is
 * being walked.
 */
public final class CourseValidator {
  private final CourseLoader loader = new CourseLoader();
  private final TextFileReader reader = new TextFileReader();
  private final YamlLoader yaml = new YamlLoader();

  /** Compiled once per process and shared: compiling costs far more than validating. */
  private static final class Schemas {
    static final CourseSchemas INSTANCE = new CourseSchemas();
  }

  /**
   * Validates the course at {@code root}.
   *
   * @throws hexlet.lesson.core.ToolException of kind INVALID_INPUT when {@code root} is not a
   *     course at all (no folder, no spec.yml)
   */
  public ValidationReport validate(Path root) {
    Course course = loader.load(root);
    CompletableFuture<CourseSchemas> schemas =
        CompletableFuture.supplyAsync(() -> Schemas.INSTANCE);
    CourseFiles files = new CourseFiles(course.root(), reader, yaml, schemas::join);
    List<Finding> findings = new ArrayList<>(new TreeRules(files).check(course.root()));

    YamlDocument spec =
        files.yaml(
            course.root().resolve("spec.yml"),
            CourseSchema.SPEC,
            "the course's language settings",
            findings);
    checkDescriptions(course, files, findings);
    new LayoutRules(files, course.locales()).check(course.root(), findings);

    var lessons =
        new LessonRules(
            files,
            course.locales(),
            fileName(spec, "/language/exercise_filename"),
            fileName(spec, "/language/exercise_test_filename"));
    course.lessons().parallelStream().map(lessons::check).forEachOrdered(findings::addAll);
    return new ValidationReport(findings, course.lessons().size());
  }

  private static void checkDescriptions(Course course, CourseFiles files, List<Finding> out) {
    if (course.locales().isEmpty()) {
      out.add(
          Rule.MISSING_FILE.at(
              "description.en.yml",
              0,
              0,
              "missing the course's description: one description.<locale>.yml per locale"
                  + " (title, header, description)"));
    }
    for (Path entry : Folders.entries(course.root())) {
      String name = entry.getFileName().toString();
      if (LayoutRules.DESCRIPTION.matcher(name).matches() && !Files.isRegularFile(entry)) {
        files.text(entry, out);
      }
    }
    for (String locale : course.locales()) {
      files.yaml(
          course.root().resolve("description." + locale + ".yml"),
          CourseSchema.COURSE_DESCRIPTION,
          "the course's title, header and description",
          out);
    }
  }

  /** A file name from spec.yml, or null when it is missing or unusable (already reported). */
  private static String fileName(YamlDocument spec, String pointer) {
    if (spec == null) {
      return null;
    }
    JsonNode value = spec.root().at(pointer);
    if (!value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    String name = value.asText();
    Path path = Path.of(name).normalize();
    return path.isAbsolute() || path.startsWith("..") ? null : name;
  }
}
