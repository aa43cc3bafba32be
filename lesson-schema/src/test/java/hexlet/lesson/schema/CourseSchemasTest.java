package hexlet.lesson.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import hexlet.lesson.grading.Quantity;
import hexlet.lesson.yaml.YamlLoader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseSchemasTest {
  static final CourseSchemas SCHEMAS = new CourseSchemas();

  static JsonNode yaml(String text) {
    return new YamlLoader().load(text).document().root();
  }

  @Test
  void aCompleteHexletSpecIsValid() {
    var spec =
        yaml(
            """
            ---
            language:
              docker_image: "hexletbasics/exercises-python"
              extension: python
              exercise_filename: index.py
              exercise_test_filename: test_code.py
              learn_as: first_language
              progress: completed
              name: Python
            """);

    assertThat(SCHEMAS.check(CourseSchema.SPEC, spec)).isEmpty();
  }

  @Test
  void ourGradingBlockIsAllowedBesideTheLanguage() {
    var spec =
        yaml(
            """
            language: {docker_image: i, extension: py, exercise_filename: s.py,
              exercise_test_filename: t.py, learn_as: first_language, progress: completed,
              name: Python}
            grading:
              test_command: python3 -m pytest -q
              results: report.xml
              limits: {time: 5s, memory: 256MiB, pids: 64, cpus: 0.5, output: 64k, tmpfs: 16m}
              points: {test_a: 2, test_b: 0}
              hidden_tests: [test_hidden.py]
            """);

    assertThat(SCHEMAS.check(CourseSchema.SPEC, spec)).isEmpty();
  }

  @Test
  void eachViolationSaysWhatIsWrongAndWhere() {
    var data = yaml("nmae: x\ntips: one\ndefinitions: [{name: a}]\n");

    assertThat(SCHEMAS.check(CourseSchema.LESSON_DATA, data))
        .extracting(SchemaViolation::kind, SchemaViolation::pointer, SchemaViolation::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                SchemaViolation.Kind.MISSING_KEY, "", "missing required key 'name'"),
            org.assertj.core.groups.Tuple.tuple(
                SchemaViolation.Kind.UNKNOWN_KEY,
                "/nmae",
                "unknown key 'nmae'; did you mean 'name'?"),
            org.assertj.core.groups.Tuple.tuple(
                SchemaViolation.Kind.WRONG_TYPE, "/tips", "'tips' must be a list, not text"),
            org.assertj.core.groups.Tuple.tuple(
                SchemaViolation.Kind.MISSING_KEY,
                "/definitions/0",
                "missing required key 'description' in 'definitions[0]'"));
  }

  @Test
  void anUnknownKeyFarFromAnyAllowedOneListsTheAllowedKeys() {
    var violations =
        SCHEMAS.check(
            CourseSchema.MODULE_DESCRIPTION, yaml("name: a\ndescription: b\nauthor: c\n"));

    assertThat(violations)
        .singleElement()
        .extracting(SchemaViolation::message)
        .isEqualTo("unknown key 'author'; allowed keys: name, description");
  }

  /** The grading limits' patterns accept exactly what the grading loader's Quantity parses. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "512m",
        "512MiB",
        "1g",
        "1G",
        "65536",
        "1.5g",
        "64 k",
        "2tb",
        "0.5",
        "lots",
        "5 minutes",
        "-3m",
        "1e3",
        "m",
        "12x",
        " 8m ",
        "10s",
        "1500ms",
        "2m",
        "1h",
        "10",
        "1.5s",
        "10S",
        "3d"
      })
  void sizeAndDurationPatternsAgreeWithQuantity(String value) {
    assertAgrees("memory", value, Quantity::bytes);
    assertAgrees("time", value, Quantity::duration);
  }

  private static void assertAgrees(String limit, String value, Consumer<String> parse) {
    boolean parses;
    try {
      parse.accept(value);
      parses = true;
    } catch (IllegalArgumentException e) {
      parses = false;
    }
    var lesson = JsonNodeFactory.instance.objectNode();
    lesson.putObject("grading").putObject("limits").put(limit, value);
    List<SchemaViolation> violations = SCHEMAS.check(CourseSchema.LESSON, lesson);
    assertThat(violations.isEmpty()).as("%s: %s vs Quantity", limit, value).isEqualTo(parses);
  }

  @Test
  void numbersAreAcceptedForLimitsButMustBePositive() {
    var ok = yaml("grading:\n  limits: {time: 10, memory: 536870912, pids: 256, cpus: 1}\n");
    var bad = yaml("grading:\n  limits: {time: 0, memory: -1, pids: 0, cpus: -0.5}\n");

    assertThat(SCHEMAS.check(CourseSchema.LESSON, ok)).isEmpty();
    assertThat(SCHEMAS.check(CourseSchema.LESSON, bad))
        .extracting(SchemaViolation::pointer)
        .containsExactly(
            "/grading/limits/cpus",
            "/grading/limits/memory",
            "/grading/limits/pids",
            "/grading/limits/time");
  }

  @Test
  void pointsMustBeWholeNumbersOfZeroOrMore() {
    var lesson = yaml("grading:\n  points: {a: 1, b: -1, c: 1.5, d: x}\n");

    assertThat(SCHEMAS.check(CourseSchema.LESSON, lesson))
        .extracting(SchemaViolation::pointer)
        .containsExactly("/grading/points/b", "/grading/points/c", "/grading/points/d");
  }
}
