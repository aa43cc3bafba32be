package hexlet.lesson.validate;

import hexlet.lesson.course.FolderName;
import hexlet.lesson.schema.CourseSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the course: module and lesson folder names and numbers, and the module description
 * files with their locales.
 */
final class LayoutRules {
  static final Pattern DESCRIPTION = Pattern.compile("^description\\.([^.]+)\\.yml$");

  private final CourseFiles files;
  private final List<String> locales;

  LayoutRules(CourseFiles files, List<String> locales) {
    this.files = files;
    this.locales = locales;
  }

  void check(Path root, List<Finding> out) {
    Path modulesDir = root.resolve("modules");
    if (!Files.isDirectory(modulesDir)) {
      out.add(
          Rule.NO_LESSONS.at(
              "modules",
              0,
              0,
              "no modules/ folder yet; add a module with `hexlet-lesson new module`"));
      return;
    }
    List<Path> modules = Folders.children(modulesDir);
    if (modules.isEmpty()) {
      out.add(Rule.NO_LESSONS.at("modules", 0, 0, "no modules yet"));
    }
    checkNames(modules, "module", out);
    for (Path module : modules) {
      checkDescriptions(module, out);
      List<Path> lessons = Folders.children(module);
      if (lessons.isEmpty()) {
        out.add(Rule.NO_LESSONS.at(files.path(module), 0, 0, "this module has no lessons yet"));
      }
      checkNames(lessons, "lesson", out);
    }
  }

  /** Names follow NN-slug, and no two folders side by side share a number. */
  private void checkNames(List<Path> folders, String kind, List<Finding> out) {
    Map<Long, String> firstByNumber = new HashMap<>();
    for (Path folder : folders) {
      String name = folder.getFileName().toString();
      if (!FolderName.isValid(name)) {
        out.add(
            Rule.FOLDER_NAME.at(
                files.path(folder),
                0,
                0,
                "%s folder name '%s' must be NN-slug: two or more digits, a hyphen, lowercase words joined by hyphens"
                    .formatted(kind, name)));
      }
      if (!FolderName.isNumbered(name)) {
        continue;
      }
      String first = firstByNumber.putIfAbsent(FolderName.number(name), name);
      if (first != null) {
        out.add(
            Rule.DUPLICATE_NUMBER.at(
                files.path(folder),
                0,
                0,
                "%s number %d is already used by '%s'; numbers set the order, give each its own"
                    .formatted(kind, FolderName.number(name), first)));
      }
    }
  }

  private void checkDescriptions(Path module, List<Finding> out) {
    Map<String, Path> found = new HashMap<>();
    for (Path file : Folders.entries(module)) {
      Matcher m = DESCRIPTION.matcher(file.getFileName().toString());
      if (m.matches()) {
        found.put(m.group(1), file);
      }
    }
    String expected = locales.isEmpty() ? "en" : locales.get(0);
    if (found.isEmpty()) {
      out.add(
          Rule.MISSING_FILE.at(
              files.path(module.resolve("description." + expected + ".yml")),
              0,
              0,
              "missing the module's description (name and description), one file per locale"));
      return;
    }
    found.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              if (!locales.contains(e.getKey())) {
                out.add(
                    Rule.UNKNOWN_LOCALE.at(
                        files.path(e.getValue()),
                        0,
                        0,
                        "locale '%s' is not declared: the course root has no description.%s.yml"
                            .formatted(e.getKey(), e.getKey())));
              }
              files.yaml(
                  e.getValue(),
                  CourseSchema.MODULE_DESCRIPTION,
                  "the module's name and description",
                  out);
            });
    for (String locale : locales) {
      if (!found.containsKey(locale)) {
        out.add(
            Rule.MISSING_LOCALE.at(
                files.path(module.resolve("description." + locale + ".yml")),
                0,
                0,
                "the module is not translated to '%s' yet".formatted(locale)));
      }
    }
  }
}
