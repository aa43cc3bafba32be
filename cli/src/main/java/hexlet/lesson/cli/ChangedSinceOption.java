package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.git.ChangedLessons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --changed-since REF} for commands that run lessons: narrows the course's lessons to those
 * a change touches, and says which and why.
 */
final class ChangedSinceOption {
  private static final int FILES_SHOWN = 3;

  @Option(
      names = "--changed-since",
      paramLabel = "REF",
      description =
          "Only the lessons whose files changed since REF (a branch, tag or commit; measured from"
              + " where HEAD left REF; uncommitted changes count), or every lesson when a"
              + " course-wide file (Dockerfile, spec.yml, Makefile, bin/, src/, helpers outside"
              + " modules/) changed. Exit 3 when REF is unknown, 4 when a shallow clone lacks"
              + " the history to tell.")
  String ref;

  /** Every lesson without the option; with it, the changed ones, printed with why. */
  List<Lesson> lessons(Course course, Console console) {
    if (ref == null) {
      return course.lessons();
    }
    var selection = new ChangedLessons().since(course, ref);
    describe(selection, course.lessons().size()).forEach(console::info);
    return selection.selected();
  }

  static List<String> describe(ChangedLessons.Selection selection, int total) {
    List<String> lines = new ArrayList<>();
    String head = "changed since " + selection.ref() + " (merge base " + selection.base() + "): ";
    if (selection.allLessons()) {
      lines.add(
          head
              + "all "
              + total
              + " lessons, because course-wide files changed: "
              + shortList(selection.courseWide()));
      return lines;
    }
    if (selection.lessons().isEmpty()) {
      lines.add(head + "no lesson changed, nothing to check");
      return lines;
    }
    lines.add(head + selection.lessons().size() + " of " + total + " lessons");
    for (Map.Entry<Lesson, List<String>> entry : selection.lessons().entrySet()) {
      String prefix = "modules/" + entry.getKey().id() + "/";
      List<String> files =
          entry.getValue().stream()
              .map(p -> p.startsWith(prefix) ? p.substring(prefix.length()) : p)
              .toList();
      lines.add("  " + entry.getKey().id() + ": " + shortList(files));
    }
    return lines;
  }

  private static String shortList(List<String> files) {
    if (files.size() <= FILES_SHOWN) {
      return String.join(", ", files);
    }
    return String.join(", ", files.subList(0, FILES_SHOWN))
        + " and "
        + (files.size() - FILES_SHOWN)
        + " more";
  }
}
