package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks a valid Hexlet-shaped course in many ways, one at a time, and checks through the whole
 * command line that each break is an error naming the broken file, with exit code 1.
 */
class ValidateVariantsTest {
  static final Path VALID_COURSE =
      Path.of("../lesson-schema/src/test/resources/golden/hexlet-javascript/course");

  static final List<String> YAML_FILES =
      List.of(
          "spec.yml",
          "description.en.yml",
          "description.ru.yml",
          "modules/10-basics/description.en.yml",
          "modules/10-basics/description.ru.yml",
          "modules/20-arithmetics/description.ru.yml",
          "modules/10-basics/10-hello-world/en/data.yml",
          "modules/10-basics/10-hello-world/ru/data.yml",
          "modules/10-basics/20-comments/en/data.yml",
          "modules/10-basics/20-comments/ru/data.yml",
          "modules/20-arithmetics/10-basics/en/data.yml",
          "modules/20-arithmetics/20-operators/en/data.yml");

  static final List<String> LESSONS =
      List.of(
          "modules/10-basics/10-hello-world",
          "modules/10-basics/20-comments",
          "modules/20-arithmetics/10-basics",
          "modules/20-arithmetics/20-operators");

  @TempDir Path temp;

  /** One way to break the course, and the file (or folder) the error must name. */
  record Variant(String name, String expectedPath, Mutation mutation) {}

  @FunctionalInterface
  interface Mutation {
    void apply(Path course) throws IOException;
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenVariantIsAnErrorOnTheRightFile() {
    List<Variant> variants = variants();
    assertThat(variants).hasSizeGreaterThanOrEqualTo(100);
    return variants.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v)));
  }

  private void check(Variant variant) throws IOException {
    Path course = temp.resolve(variant.name().replaceAll("[^a-zA-Z0-9]+", "-"));
    copy(VALID_COURSE, course);
    variant.mutation().apply(course);

    var result = CliRunner.run("validate", "--format", "json", course.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode findings = new ObjectMapper().readTree(result.out());
    List<String> errorPaths = new ArrayList<>();
    for (JsonNode f : findings) {
      if (f.get("severity").asText().equals("error")) {
        errorPaths.add(f.get("path").asText());
      }
    }
    assertThat(errorPaths).as(result.out()).contains(variant.expectedPath());
  }

  static List<Variant> variants() {
    List<Variant> variants = new ArrayList<>();
    for (String file : YAML_FILES) {
      for (var entry : yamlBreaks(file).entrySet()) {
        variants.add(new Variant(entry.getKey() + " in " + file, file, entry.getValue()));
      }
    }
    for (String lesson : LESSONS) {
      lessonBreaks(lesson, variants);
    }
    variants.add(
        new Variant(
            "module without description",
            "modules/20-arithmetics/description.en.yml",
            c -> {
              Files.delete(c.resolve("modules/20-arithmetics/description.en.yml"));
              Files.delete(c.resolve("modules/20-arithmetics/description.ru.yml"));
            }));
    variants.add(
        new Variant(
            "module folder badly named",
            "modules/Arithmetics",
            c -> move(c, "modules/20-arithmetics", "modules/Arithmetics")));
    variants.add(
        new Variant(
            "two modules with one number",
            "modules/20-more",
            c -> copy(c.resolve("modules/20-arithmetics"), c.resolve("modules/20-more"))));
    variants.add(
        new Variant(
            "root description is a folder",
            "description.en.yml",
            c -> {
              Files.delete(c.resolve("description.en.yml"));
              Files.createDirectory(c.resolve("description.en.yml"));
            }));
    variants.add(
        new Variant(
            "symbolic link out of the course root",
            "leak.txt",
            c -> Files.createSymbolicLink(c.resolve("leak.txt"), outsideFile(c))));
    return variants;
  }

  static java.util.Map<String, Mutation> yamlBreaks(String file) {
    var breaks = new java.util.LinkedHashMap<String, Mutation>();
    breaks.put("unclosed bracket", c -> append(c, file, "\nbroken: [unclosed\n"));
    breaks.put("unclosed quote", c -> append(c, file, "\nbroken: \"never closed\n"));
    breaks.put("tab indentation", c -> append(c, file, "\nnested:\n\tchild: 1\n"));
    breaks.put(
        "duplicate key", c -> append(c, file, "\n" + firstKey(c.resolve(file)) + ": again\n"));
    breaks.put("unknown key", c -> append(c, file, "\nunknown_key: 1\n"));
    breaks.put("list instead of mapping", c -> write(c, file, "- a\n- list\n"));
    breaks.put("wrong type of a value", c -> write(c, file, wrongType(file)));
    breaks.put("required key missing", c -> write(c, file, missingKey(file)));
    breaks.put(
        "alias bomb",
        c -> {
          StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
          for (int i = 1; i < 9; i++) {
            bomb.append(
                "a%d: &a%d [%s]\n"
                    .formatted(i, i, String.join(", ", Collections.nCopies(10, "*a" + (i - 1)))));
          }
          write(c, file, bomb.toString());
        });
    breaks.put("deep nesting", c -> write(c, file, "a: " + "[".repeat(3000) + "]".repeat(3000)));
    breaks.put(
        "binary junk",
        c -> {
          byte[] junk = new byte[4096];
          new Random(42).nextBytes(junk);
          Files.write(c.resolve(file), junk);
        });
    breaks.put(
        "not UTF-8",
        c ->
            Files.write(
                c.resolve(file), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
    breaks.put("control character", c -> append(c, file, "\nbell: a\u0007b\n"));
    breaks.put("second document", c -> append(c, file, "\n---\nname: other\n"));
    breaks.put("empty file", c -> write(c, file, ""));
    breaks.put(
        "huge file", c -> write(c, file, "# filler line of a generated file\n".repeat(40_000)));
    if (!file.equals("spec.yml")) {
      breaks.put(
          "folder instead of file",
          c -> {
            Files.delete(c.resolve(file));
            Files.createDirectory(c.resolve(file));
          });
    }
    return breaks;
  }

  static void lessonBreaks(String lesson, List<Variant> variants) {
    String exercise = lesson + "/index.js";
    String test = lesson + "/test.js";
    variants.add(
        new Variant("no reference solution in " + lesson, exercise, c -> delete(c, exercise)));
    variants.add(new Variant("no tests in " + lesson, test, c -> delete(c, test)));
    variants.add(
        new Variant(
            "empty reference solution in " + lesson, exercise, c -> write(c, exercise, "\n")));
    variants.add(new Variant("empty tests in " + lesson, test, c -> write(c, test, "")));
    variants.add(
        new Variant(
            "BEGIN without END in " + lesson, exercise, c -> append(c, exercise, "// BEGIN\n")));
    variants.add(
        new Variant(
            "END without BEGIN in " + lesson, exercise, c -> write(c, exercise, "// END\nx();\n")));
    variants.add(
        new Variant(
            "nested markers in " + lesson,
            exercise,
            c -> write(c, exercise, "// BEGIN\n// BEGIN\nx();\n// END\n// END\n")));
    for (String file : List.of("README.md", "EXERCISE.md", "data.yml")) {
      String path = lesson + "/en/" + file;
      variants.add(new Variant("no " + path, path, c -> delete(c, path)));
    }
    String readme = lesson + "/en/README.md";
    variants.add(new Variant("empty " + readme, readme, c -> write(c, readme, "  \n")));
    variants.add(
        new Variant(
            "non-UTF-8 " + readme,
            readme,
            c -> Files.write(c.resolve(readme), new byte[] {'a', (byte) 0xC3, '(', '\n'})));
    variants.add(
        new Variant(
            "huge tests in " + lesson, test, c -> write(c, test, "// filler\n".repeat(120_000))));
    String parent = lesson.substring(0, lesson.lastIndexOf('/'));
    String badName = parent + "/" + lesson.substring(lesson.lastIndexOf('/') + 1).toUpperCase();
    variants.add(
        new Variant("lesson folder badly named " + lesson, badName, c -> move(c, lesson, badName)));
    String number = lesson.substring(lesson.lastIndexOf('/') + 1, lesson.lastIndexOf('/') + 3);
    String twin = parent + "/" + number + "-twin";
    variants.add(
        new Variant(
            "lesson number used twice " + lesson,
            twin,
            c -> copy(c.resolve(lesson), c.resolve(twin))));
    String link = lesson + "/secret.txt";
    variants.add(
        new Variant(
            "symbolic link out of " + lesson,
            link,
            c -> Files.createSymbolicLink(c.resolve(link), outsideFile(c))));
    String lessonYml = lesson + "/lesson.yml";
    variants.add(
        new Variant(
            "bad grading limits in " + lesson,
            lessonYml,
            c -> write(c, lessonYml, "grading:\n  limits:\n    time: soon\n")));
    variants.add(
        new Variant(
            "no text in any locale in " + lesson,
            lesson + "/en",
            c -> {
              for (String locale : List.of("en", "ru")) {
                if (Files.exists(c.resolve(lesson + "/" + locale))) {
                  deleteTree(c.resolve(lesson + "/" + locale));
                }
                Files.deleteIfExists(c.resolve(lesson + "/description." + locale + ".yml"));
              }
            }));
  }

  /** A file beside the course, so the temporary folder holds every link target. */
  static Path outsideFile(Path course) throws IOException {
    Path outside = course.resolveSibling(course.getFileName() + "-outside.txt");
    Files.writeString(outside, "not part of the course\n");
    return outside.toAbsolutePath();
  }

  static String wrongType(String file) {
    if (file.equals("spec.yml")) {
      return "language: just text\n";
    }
    if (file.startsWith("description.")) {
      return "title: [a, list]\nheader: h\ndescription: d\n";
    }
    if (file.endsWith("data.yml")) {
      return "name: Hello\ntips: not a list\n";
    }
    return "name: {a: mapping}\ndescription: d\n";
  }

  static String missingKey(String file) {
    if (file.equals("spec.yml")) {
      return "language:\n  name: JavaScript\n";
    }
    if (file.startsWith("description.")) {
      return "title: t\nheader: h\n";
    }
    if (file.endsWith("data.yml")) {
      return "tips: []\n";
    }
    return "name: Module\n";
  }

  static String firstKey(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .filter(l -> l.matches("^[a-z_]+:.*"))
        .map(l -> l.substring(0, l.indexOf(':')))
        .findFirst()
        .orElseThrow();
  }

  static void append(Path course, String file, String text) throws IOException {
    Files.writeString(
        course.resolve(file),
        Files.readString(course.resolve(file)) + text,
        StandardCharsets.UTF_8);
  }

  static void write(Path course, String file, String text) throws IOException {
    Files.writeString(course.resolve(file), text, StandardCharsets.UTF_8);
  }

  static void delete(Path course, String file) throws IOException {
    Files.delete(course.resolve(file));
  }

  static void move(Path course, String from, String to) throws IOException {
    Files.move(course.resolve(from), course.resolve(to));
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(
          p -> {
            try {
              Files.copy(
                  p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
