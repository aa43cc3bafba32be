package hexlet.lesson.templates;

/**
 * One file a template set produces.
 *
 * @param template the template's relative name, such as {@code lesson/{locale}/README.md}
 * @param output the file's path inside the new course, module or lesson folder; {@code {locale}},
 *     {@code {exercise}} and {@code {test}} are replaced by the locale and spec.yml's file names
 * @param perLocale whether the file is written once for every locale of the course
 */
public record FileTemplate(String template, String output, boolean perLocale) {
  static FileTemplate once(String template, String output) {
    return new FileTemplate(template, output, false);
  }

  static FileTemplate perLocale(String template, String output) {
    return new FileTemplate(template, output, true);
  }
}
