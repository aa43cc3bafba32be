package hexlet.lesson.course;

import com.fasterxml.jackson.databind.JsonNode;
import hexlet.lesson.core.ToolException;
import hexlet.lesson.text.TextContent;
import hexlet.lesson.text.TextFileReader;
import hexlet.lesson.yaml.YamlDocument;
import hexlet.lesson.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the shape of a course from disk: spec.yml, locales and the module and lesson folders. It is
 * lenient on purpose: deciding what is wrong with a course is the validator's job; this only
 * refuses a folder that is not a course at all.
 */
public final class CourseLoader {
  private static final Pattern ROOT_DESCRIPTION = Pattern.compile("^description\\.([^.]+)\\.yml$");

  public Course load(Path root) {
    Path dir = root.toAbsolutePath().normalize();
    Path spec = dir.resolve("spec.yml");
    if (!Files.isDirectory(dir)) {
      throw ToolException.invalidInput(root + ": no such folder");
    }
    if (!Files.isRegularFile(spec)) {
      throw ToolException.invalidInput(
          root + ": not a course: spec.yml is missing (run `hexlet-lesson init` to start one)");
    }
    return new Course(dir, readLanguage(spec), locales(dir), modules(dir));
  }

  private static LanguageSpec readLanguage(Path spec) {
    // The validator reports the exact problem with its position; loading just goes on.
    TextContent content = new TextFileReader().read(spec);
    YamlDocument document = content.ok() ? new YamlLoader().load(content.text()).document() : null;
    JsonNode language = document == null ? null : document.root().path("language");
    if (language == null || !language.isObject()) {
      return new LanguageSpec(null, null, null, null, null, null, null);
    }
    return new LanguageSpec(
        text(language, "name"),
        text(language, "docker_image"),
        text(language, "extension"),
        text(language, "exercise_filename"),
        text(language, "exercise_test_filename"),
        text(language, "learn_as"),
        text(language, "progress"));
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value != null && value.isValueNode() ? value.asText() : null;
  }

  private static List<String> locales(Path dir) {
    List<String> locales = new ArrayList<>();
    for (Path file : list(dir)) {
      var m = ROOT_DESCRIPTION.matcher(file.getFileName().toString());
      if (m.matches() && Files.isRegularFile(file)) {
        locales.add(m.group(1));
      }
    }
    locales.sort(Comparator.naturalOrder());
    return locales;
  }

  private static List<CourseModule> modules(Path dir) {
    Path modulesDir = dir.resolve("modules");
    if (!Files.isDirectory(modulesDir)) {
      return List.of();
    }
    List<CourseModule> modules = new ArrayList<>();
    for (Path moduleDir : numberedFolders(modulesDir)) {
      String moduleName = moduleDir.getFileName().toString();
      List<Lesson> lessons =
          numberedFolders(moduleDir).stream()
              .map(l -> new Lesson(l, moduleName, l.getFileName().toString()))
              .toList();
      modules.add(new CourseModule(moduleDir, moduleName, lessons));
    }
    return modules;
  }

  /** Sub-folders with a numeric prefix, in course order (number, then name). */
  private static List<Path> numberedFolders(Path dir) {
    return list(dir).stream()
        .filter(Files::isDirectory)
        .filter(p -> FolderName.isNumbered(p.getFileName().toString()))
        .sorted(
            Comparator.comparingLong((Path p) -> FolderName.number(p.getFileName().toString()))
                .thenComparing(p -> p.getFileName().toString()))
        .toList();
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw ToolException.invalidInput(dir + ": cannot list folder: " + e.getMessage());
    }
  }
}
