package hexlet.lesson.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseModule;
import hexlet.lesson.course.FolderName;
import hexlet.lesson.templates.Blueprint;
import hexlet.lesson.templates.FileTemplate;
import hexlet.lesson.templates.FolderNumbering;
import hexlet.lesson.templates.Language;
import hexlet.lesson.templates.Slug;
import hexlet.lesson.templates.TemplateSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Plans new courses, modules and lessons from the templates. It only plans: the caller prints the
 * plan (dry run) or writes it, and a plan never overwrites a file.
 */
public final class Scaffolder {
  /** The first module and lesson of a new course. */
  public static final String FIRST_MODULE = "Basics";

  public static final String FIRST_LESSON = "Hello, World!";

  private static final Pattern LOCALE = Pattern.compile("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLAIN_YAML =
      Pattern.compile("^\\p{L}[\\p{L}\\p{N} ,.!?'()&+/-]*(?<![ ,])$");
  private static final Pattern YAML_WORDS =
      Pattern.compile("(?i)^(y|n|yes|no|on|off|true|false|null)$");

  /** What {@code init} is asked to create. */
  public record CourseRequest(Path dir, Language language, List<String> locales, String title) {
    public CourseRequest {
      locales = List.copyOf(locales);
    }
  }

  /** Plans a whole course: course files, a first module and a first lesson in it. */
  public Plan course(CourseRequest request) {
    List<String> locales = checkLocales(request.locales());
    Language language = request.language();
    var templates = new TemplateSet(language, Optional.empty());
    String dirName = request.dir().toAbsolutePath().normalize().getFileName().toString();
    String slug = Slug.of(dirName).isEmpty() ? "course" : Slug.of(dirName);
    String title =
        request.title() == null || request.title().isBlank()
            ? titleFrom(slug)
            : singleLine(request.title(), "the title");

    Names names =
        new Names(
            language.displayName(),
            language.exerciseFilename(),
            language.exerciseTestFilename(),
            language.id());
    Map<String, Object> values = names.values();
    values.put("title", title);
    values.put("title_yaml", yaml(title));
    values.put("slug", slug);
    values.put("docker_image", "courses/" + slug);
    values.put("extension", language.extension());
    values.put("locales", locales.stream().map(l -> Map.of("locale", l)).toList());
    values.put(language.id(), true);

    List<Plan.PlannedFile> files = new ArrayList<>();
    render(templates, Blueprint.COURSE, "", locales, values, names, files);

    String moduleFolder = FolderNumbering.folderName(FolderNumbering.STEP, Slug.of(FIRST_MODULE));
    render(
        templates,
        Blueprint.MODULE,
        "modules/" + moduleFolder + "/",
        locales,
        moduleValues(names, FIRST_MODULE, moduleFolder),
        names,
        files);
    String lessonFolder = FolderNumbering.folderName(FolderNumbering.STEP, Slug.of(FIRST_LESSON));
    render(
        templates,
        Blueprint.LESSON,
        "modules/" + moduleFolder + "/" + lessonFolder + "/",
        locales,
        lessonValues(names, FIRST_LESSON, moduleFolder, lessonFolder),
        names,
        files);
    return new Plan(request.dir(), sorted(files));
  }

  /** Plans a new module after the course's last one. */
  public Plan module(Course course, String name) {
    String slug = slugOf(name);
    Path modulesDir = course.root().resolve("modules");
    List<String> existing = folderNames(modulesDir);
    refuseSameSlug(course, modulesDir, existing, slug, "module");
    String folder = FolderNumbering.folderName(FolderNumbering.next(existing), slug);
    Names names = Names.of(course);
    List<Plan.PlannedFile> files = new ArrayList<>();
    render(
        templates(course),
        Blueprint.MODULE,
        "modules/" + folder + "/",
        locales(course),
        moduleValues(names, name.trim(), folder),
        names,
        files);
    return new Plan(course.root(), sorted(files));
  }

  /**
   * Plans a new lesson at the end of a module.
   *
   * @param module the module's folder name, its number or its slug; empty means the last module
   */
  public Plan lesson(Course course, String name, Optional<String> module) {
    String slug = slugOf(name);
    CourseModule target = findModule(course, module);
    List<String> existing = folderNames(target.dir());
    refuseSameSlug(course, target.dir(), existing, slug, "lesson");
    String folder = FolderNumbering.folderName(FolderNumbering.next(existing), slug);
    Names names = Names.of(course);
    List<Plan.PlannedFile> files = new ArrayList<>();
    render(
        templates(course),
        Blueprint.LESSON,
        "modules/" + target.name() + "/" + folder + "/",
        locales(course),
        lessonValues(names, name.trim(), target.name(), folder),
        names,
        files);
    return new Plan(course.root(), sorted(files));
  }

  private static void render(
      TemplateSet templates,
      List<FileTemplate> blueprint,
      String prefix,
      List<String> locales,
      Map<String, Object> values,
      Names names,
      List<Plan.PlannedFile> files) {
    for (FileTemplate template : blueprint) {
      List<String> forLocales =
          template.perLocale() ? locales : List.of(TemplateSet.FALLBACK_LOCALE);
      for (String locale : forLocales) {
        Map<String, Object> scoped = new HashMap<>(values);
        scoped.put("locale", locale);
        var rendered = templates.render(template.template(), locale, scoped);
        String output =
            template
                .output()
                .replace("{locale}", locale)
                .replace("{exercise}", names.exerciseFilename())
                .replace("{test}", names.testFilename());
        files.add(new Plan.PlannedFile(prefix + output, rendered.text(), rendered.origin()));
      }
    }
  }

  private static List<Plan.PlannedFile> sorted(List<Plan.PlannedFile> files) {
    return files.stream().sorted(Comparator.comparing(Plan.PlannedFile::path)).toList();
  }

  private static Map<String, Object> moduleValues(Names names, String name, String folder) {
    Map<String, Object> values = names.values();
    values.put("name", name);
    values.put("name_yaml", yaml(name));
    values.put("folder", folder);
    return values;
  }

  private static Map<String, Object> lessonValues(
      Names names, String name, String moduleFolder, String folder) {
    Map<String, Object> values = names.values();
    values.put("name", name);
    values.put("name_yaml", yaml(name));
    values.put("folder", folder);
    values.put("module_folder", moduleFolder);
    return values;
  }

  /** The language and file names lessons are generated with. */
  private record Names(
      String languageName, String exerciseFilename, String testFilename, String languageId) {
    static Names of(Course course) {
      Language language = languageOf(course);
      var spec = course.language();
      String exercise = required(spec.exerciseFilename(), "exercise_filename");
      String test = required(spec.exerciseTestFilename(), "exercise_test_filename");
      String name = spec.name() == null ? language.displayName() : spec.name();
      return new Names(name, exercise, test, language.id());
    }

    Map<String, Object> values() {
      Map<String, Object> values = new HashMap<>();
      values.put("language", languageId);
      values.put("language_name", languageName);
      values.put("workdir", "/exercises-" + languageId);
      values.put("exercise_filename", exerciseFilename);
      values.put("exercise_stem", stem(exerciseFilename));
      values.put("test_filename", testFilename);
      values.put("test_stem", stem(testFilename));
      return values;
    }

    private static String required(String value, String key) {
      if (value == null || value.isBlank()) {
        throw ToolException.invalidInput(
            "spec.yml: language." + key + " is missing; new lessons are named after it");
      }
      return value;
    }
  }

  private static TemplateSet templates(Course course) {
    return new TemplateSet(languageOf(course), Optional.of(course.root()));
  }

  /** The template set for an existing course, told by its spec.yml. */
  public static Language languageOf(Course course) {
    return Language.of(course.language())
        .orElseThrow(
            () ->
                ToolException.invalidInput(
                    course.root().resolve("spec.yml")
                        + ": cannot tell the course's language from language.extension '"
                        + course.language().extension()
                        + "' or language.name '"
                        + course.language().name()
                        + "'; templates exist for python, java and javascript"));
  }

  private static List<String> locales(Course course) {
    return course.locales().isEmpty() ? List.of(TemplateSet.FALLBACK_LOCALE) : course.locales();
  }

  private static CourseModule findModule(Course course, Optional<String> selector) {
    if (course.modules().isEmpty()) {
      throw ToolException.invalidInput(
          course.root().resolve("modules")
              + ": the course has no module yet; create one with `hexlet-lesson new module NAME`");
    }
    if (selector.isEmpty()) {
      return course.modules().get(course.modules().size() - 1);
    }
    String wanted = selector.get().trim();
    return course.modules().stream()
        .filter(
            m ->
                m.name().equals(wanted)
                    || slugPart(m.name()).equals(Slug.of(wanted))
                    || String.valueOf(FolderName.number(m.name())).equals(stripZeros(wanted)))
        .findFirst()
        .orElseThrow(
            () ->
                ToolException.invalidInput(
                    "no module '"
                        + wanted
                        + "' in "
                        + course.root().resolve("modules")
                        + "; modules: "
                        + String.join(
                            ", ", course.modules().stream().map(CourseModule::name).toList())));
  }

  private static void refuseSameSlug(
      Course course, Path parent, List<String> existing, String slug, String what) {
    existing.stream()
        .filter(name -> slugPart(name).equals(slug))
        .findFirst()
        .ifPresent(
            name -> {
              throw ToolException.invalidInput(
                  parent.resolve(name)
                      + ": a "
                      + what
                      + " named '"
                      + slug
                      + "' already exists; hexlet-lesson never overwrites a file");
            });
  }

  private static List<String> folderNames(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(FolderName::isNumbered)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw ToolException.invalidInput(dir + ": cannot list folder: " + e.getMessage());
    }
  }

  private static String slugPart(String folderName) {
    int dash = folderName.indexOf('-');
    return dash < 0 ? folderName : folderName.substring(dash + 1);
  }

  private static String stripZeros(String text) {
    return text.matches("\\d+") ? String.valueOf(Long.parseLong(text)) : text;
  }

  private static String slugOf(String name) {
    String line = singleLine(name, "the name");
    String slug = Slug.of(line);
    if (slug.isEmpty()) {
      throw new ToolException(
          ToolException.Kind.USAGE,
          "'"
              + line
              + "' gives an empty folder name: use at least one Latin or Cyrillic letter or digit");
    }
    return slug;
  }

  private static String singleLine(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new ToolException(ToolException.Kind.USAGE, what + " must not be empty");
    }
    if (text.contains("\n") || text.contains("\r")) {
      throw new ToolException(ToolException.Kind.USAGE, what + " must be a single line");
    }
    return text.trim();
  }

  private static List<String> checkLocales(List<String> locales) {
    if (locales.isEmpty()) {
      throw new ToolException(ToolException.Kind.USAGE, "at least one locale is needed");
    }
    List<String> checked = new ArrayList<>();
    for (String locale : locales) {
      String trimmed = locale.trim();
      if (!LOCALE.matcher(trimmed).matches()) {
        throw new ToolException(
            ToolException.Kind.USAGE,
            "'" + locale + "' is not a locale code such as en, ru or pt-BR");
      }
      if (!checked.contains(trimmed)) {
        checked.add(trimmed);
      }
    }
    return checked;
  }

  private static String titleFrom(String slug) {
    String words = slug.replace('-', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  private static String stem(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot <= 0 ? filename : filename.substring(0, dot);
  }

  /**
   * A YAML scalar for single-line text: plain when it cannot be read as anything but a string, else
   * double-quoted (a JSON string is a valid YAML double-quoted scalar).
   */
  static String yaml(String text) {
    if (PLAIN_YAML.matcher(text).matches() && !YAML_WORDS.matcher(text).matches()) {
      return text;
    }
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
