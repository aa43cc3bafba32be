package hexlet.lesson.validate;

import java.util.Locale;

/** Every rule the validator applies, with its id as printed in findings and its usual severity. */
public enum Rule {
  YAML_SYNTAX(
      Severity.ERROR, "a YAML file is not well-formed: bad indentation, tabs, unclosed quotes"),
  DUPLICATE_KEY(Severity.ERROR, "the same key twice in one mapping"),
  YAML_LIMITS(Severity.ERROR, "a YAML file nests too deep or expands too many aliases"),
  ENCODING(Severity.ERROR, "a text file is not UTF-8, or holds binary data"),
  FILE_SIZE(Severity.ERROR, "a text file the tool reads is over 1 MiB"),
  UNREADABLE(Severity.ERROR, "a file cannot be read, or is a folder or a device"),
  EMPTY_FILE(Severity.ERROR, "a required file is empty"),
  MISSING_FILE(Severity.ERROR, "a required file or folder is missing"),
  UNKNOWN_KEY(Severity.ERROR, "a key the schema does not allow, with the likely intended one"),
  MISSING_KEY(Severity.ERROR, "a key the schema requires is missing"),
  WRONG_TYPE(Severity.ERROR, "a value of the wrong type, such as a list where text belongs"),
  INVALID_VALUE(Severity.ERROR, "a value out of range or in the wrong format"),
  FOLDER_NAME(Severity.ERROR, "a module or lesson folder is not named NN-slug"),
  DUPLICATE_NUMBER(Severity.ERROR, "two modules, or two lessons of a module, share a number"),
  MARKERS(Severity.ERROR, "BEGIN/END markers in a reference solution are unbalanced or nested"),
  SYMLINK(Severity.ERROR, "a symbolic link points outside the course, or nowhere"),
  MISSING_LOCALE(Severity.WARNING, "a module or lesson lacks a locale the course declares"),
  UNKNOWN_LOCALE(Severity.WARNING, "a locale folder or file the course root does not declare"),
  LARGE_FILE(Severity.WARNING, "a file over 10 MiB bloats the course and its image"),
  NO_LESSONS(Severity.WARNING, "the course or a module has no lessons yet");

  private final Severity severity;
  private final String summary;

  Rule(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /** The id printed in brackets after a finding, such as {@code missing-file}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }

  Finding at(String path, int line, int column, String message) {
    return new Finding(path, line, column, severity, message, id());
  }
}
