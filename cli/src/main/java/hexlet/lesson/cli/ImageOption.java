package hexlet.lesson.cli;

import picocli.CommandLine.Option;

/** {@code --image TAG} for commands that run containers of a course. */
final class ImageOption {
  @Option(
      names = "--image",
      paramLabel = "TAG",
      description = "Run in this prepared image instead of building the course's.")
  String tag;
}
