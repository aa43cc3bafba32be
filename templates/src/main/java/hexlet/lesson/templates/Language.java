package hexlet.lesson.templates;

import hexlet.lesson.course.LanguageSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The languages that have a template set, with the spec.yml values a new course of that language
 * gets. An existing course keeps its own file names: lessons are generated from its spec.yml.
 */
public enum Language {
  PYTHON("python", "Python", "py", "solution.py", "test_solution.py", Set.of("py", "python")),
  JAVA("java", "Java", "java", "App.java", "AppTest.java", Set.of("java", "jsh")),
  JAVASCRIPT(
      "javascript", "JavaScript", "js", "index.js", "test.js", Set.of("js", "mjs", "javascript"));

  private final String id;
  private final String displayName;
  private final String extension;
  private final String exerciseFilename;
  private final String exerciseTestFilename;
  private final Set<String> knownExtensions;

  Language(
      String id,
      String displayName,
      String extension,
      String exerciseFilename,
      String exerciseTestFilename,
      Set<String> knownExtensions) {
    this.id = id;
    this.displayName = displayName;
    this.extension = extension;
    this.exerciseFilename = exerciseFilename;
    this.exerciseTestFilename = exerciseTestFilename;
    this.knownExtensions = knownExtensions;
  }

  /** The name of the template set and of the {@code --language} value: python, java, ... */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public String extension() {
    return extension;
  }

  public String exerciseFilename() {
    return exerciseFilename;
  }

  public String exerciseTestFilename() {
    return exerciseTestFilename;
  }

  public static Optional<Language> of(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equalsIgnoreCase(id)).findFirst();
  }

  /**
   * The language of an existing course, told by its spec.yml: the extension first (Hexlet writes
   * both {@code py} and {@code python}), then the language name.
   */
  public static Optional<Language> of(LanguageSpec spec) {
    String extension = lower(spec.extension());
    String name = lower(spec.name());
    return Arrays.stream(values())
        .filter(l -> l.knownExtensions.contains(extension))
        .findFirst()
        .or(() -> Arrays.stream(values()).filter(l -> l.id.equals(name)).findFirst());
  }

  private static String lower(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
  }
}
