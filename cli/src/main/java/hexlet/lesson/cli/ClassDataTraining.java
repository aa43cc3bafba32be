package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the commands people run most (validate, build, grade in each format, check) once on a copy
 * of an example course, in one JVM, so that the JVM can record the classes they load into the
 * class-data archive bin/hexlet-lesson starts with. Run by the build (see cli/pom.xml), not by
 * users. Without a Docker engine the engine commands fail fast and the archive holds what loaded
 * until then.
 */
public final class ClassDataTraining {
  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    Path example = Path.of(args[0]);
    if (!Files.isRegularFile(example.resolve("spec.yml"))) {
      return;
    }
    Path copy = Files.createTempDirectory("hexlet-lesson-training-");
    try {
      copyTree(example, copy);
      Course course = new CourseLoader().load(copy);
      run("--quiet", "validate", copy.toString());
      run("--quiet", "build", copy.toString());
      Lesson lesson = course.lessons().get(0);
      String solution = lesson.dir().resolve(course.language().exerciseFilename()).toString();
      for (String format : List.of("text", "json", "junit", "markdown")) {
        run(
            "--quiet",
            "grade",
            lesson.id(),
            "--course",
            copy.toString(),
            "--solution",
            solution,
            "--format",
            format);
      }
      run("--quiet", "check", copy.toString(), "--lesson", lesson.id(), "--jobs", "2");
    } finally {
      deleteTree(copy);
    }
  }

  private static void run(String... args) {
    var sink = new PrintWriter(new StringWriter());
    Main.run(sink, sink, System.getenv(), false, args);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path rel = from.relativize(file);
        if (rel.toString().startsWith(".hexlet-lesson")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = new ArrayList<>(files.toList());
      all.sort(Comparator.reverseOrder());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
