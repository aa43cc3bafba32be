package hexlet.lesson.templates;

import java.util.List;

/**
 * Which files a new course, module and lesson consist of, and the template each one comes from. The
 * same for every language; what differs between languages is the templates' text.
 */
public final class Blueprint {
  public static final List<FileTemplate> COURSE =
      List.of(
          FileTemplate.once("course/spec.yml", "spec.yml"),
          FileTemplate.perLocale("course/description.{locale}.yml", "description.{locale}.yml"),
          FileTemplate.once("course/Dockerfile", "Dockerfile"),
          FileTemplate.once("course/.gitignore", ".gitignore"),
          FileTemplate.once("course/.hexlet-lesson/.gitignore", ".hexlet-lesson/.gitignore"),
          FileTemplate.once("course/README.md", "README.md"),
          FileTemplate.once("course/.github/workflows/check.yml", ".github/workflows/check.yml"));

  public static final List<FileTemplate> MODULE =
      List.of(
          FileTemplate.perLocale("module/description.{locale}.yml", "description.{locale}.yml"));

  public static final List<FileTemplate> LESSON =
      List.of(
          FileTemplate.once("lesson/exercise", "{exercise}"),
          FileTemplate.once("lesson/test", "{test}"),
          FileTemplate.once("lesson/Makefile", "Makefile"),
          FileTemplate.perLocale("lesson/{locale}/README.md", "{locale}/README.md"),
          FileTemplate.perLocale("lesson/{locale}/EXERCISE.md", "{locale}/EXERCISE.md"),
          FileTemplate.perLocale("lesson/{locale}/data.yml", "{locale}/data.yml"));

  private Blueprint() {}
}
