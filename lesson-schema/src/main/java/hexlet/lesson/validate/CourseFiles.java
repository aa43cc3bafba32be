package hexlet.lesson.validate;

import hexlet.lesson.schema.CourseSchema;
import hexlet.lesson.schema.CourseSchemas;
import hexlet.lesson.schema.SchemaViolation;
import hexlet.lesson.text.TextContent;
import hexlet.lesson.text.TextFileReader;
import hexlet.lesson.text.TextProblem;
import hexlet.lesson.yaml.Position;
import hexlet.lesson.yaml.YamlDocument;
import hexlet.lesson.yaml.YamlLoad;
import hexlet.lesson.yaml.YamlLoader;
import hexlet.lesson.yaml.YamlProblem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the files of one course for the rules: text with its encoding and size checked, YAML with
 * positions and its schema checked. Every problem becomes a finding on the file; a caller gets the
 * content only when it could be read.
 */
final class CourseFiles {
  private final Path root;
  private final TextFileReader reader;
  private final YamlLoader yaml;
  private final Supplier<CourseSchemas> schemas;

  CourseFiles(Path root, TextFileReader reader, YamlLoader yaml, Supplier<CourseSchemas> schemas) {
    this.root = root;
    this.reader = reader;
    this.yaml = yaml;
    this.schemas = schemas;
  }

  /** The path as findings print it: relative to the course root, with forward slashes. */
  String path(Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }

  static boolean exists(Path file) {
    return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Reads a file that must be there and must not be empty.
   *
   * @param what how the message names the file when it is missing, such as "the test file"
   * @return the text, or null when it is missing, unreadable or empty (each reported)
   */
  String requiredText(Path file, String what, List<Finding> out) {
    if (!exists(file)) {
      out.add(Rule.MISSING_FILE.at(path(file), 0, 0, "missing " + what));
      return null;
    }
    String text = text(file, out);
    if (text != null && text.isBlank()) {
      out.add(Rule.EMPTY_FILE.at(path(file), 0, 0, "empty; it should hold " + what));
      return null;
    }
    return text;
  }

  /** Reads a file that exists, reporting why it cannot be read as text. */
  String text(Path file, List<Finding> out) {
    TextContent content = reader.read(file);
    if (content.ok()) {
      return content.text();
    }
    TextProblem problem = content.problem();
    Rule rule =
        switch (problem.kind()) {
          case UNREADABLE -> Rule.UNREADABLE;
          case TOO_LARGE -> Rule.FILE_SIZE;
          case ENCODING -> Rule.ENCODING;
        };
    out.add(rule.at(path(file), problem.line(), problem.column(), problem.message()));
    return null;
  }

  /**
   * Loads a YAML file that must be there, checks it against {@code schema} and reports every
   * problem with its position.
   *
   * @return the document, or null when it could not be loaded at all
   */
  YamlDocument yaml(Path file, CourseSchema schema, String what, List<Finding> out) {
    String text = requiredText(file, what, out);
    if (text == null) {
      return null;
    }
    String path = path(file);
    YamlLoad load = yaml.load(text);
    for (YamlProblem problem : load.problems()) {
      Rule rule =
          switch (problem.kind()) {
            case SYNTAX -> Rule.YAML_SYNTAX;
            case DUPLICATE_KEY -> Rule.DUPLICATE_KEY;
            case TOO_COMPLEX -> Rule.YAML_LIMITS;
          };
      out.add(at(rule, path, problem.position(), problem.message()));
    }
    YamlDocument document = load.document();
    if (document == null) {
      return null;
    }
    if (document.root().isMissingNode()) {
      out.add(Rule.EMPTY_FILE.at(path, 0, 0, "no content; it should hold " + what));
      return null;
    }
    for (SchemaViolation violation : schemas.get().check(schema, document.root())) {
      String pointer = violation.pointer();
      Rule rule =
          switch (violation.kind()) {
            case UNKNOWN_KEY -> Rule.UNKNOWN_KEY;
            case MISSING_KEY -> Rule.MISSING_KEY;
            case WRONG_TYPE -> Rule.WRONG_TYPE;
            case INVALID_VALUE -> Rule.INVALID_VALUE;
          };
      Position position =
          rule == Rule.UNKNOWN_KEY || rule == Rule.MISSING_KEY
              ? document.keyPosition(pointer)
              : document.valuePosition(pointer);
      out.add(at(rule, path, position, violation.message()));
    }
    return document;
  }

  private static Finding at(Rule rule, String path, Position position, String message) {
    return rule.at(path, position.line(), position.column(), message);
  }
}
