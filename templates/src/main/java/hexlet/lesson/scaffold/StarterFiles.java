package hexlet.lesson.scaffold;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.grading.GradingConfigLoader;
import hexlet.lesson.starter.MarkerError;
import hexlet.lesson.starter.StarterExtractor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a learner gets for a lesson: the exercise file with the reference part removed (between the
 * BEGIN and END markers; an empty file when there are none), and the lesson's other files except
 * the theory and task, grading configuration and hidden tests.
 */
public final class StarterFiles {
  private static final Pattern DESCRIPTION = Pattern.compile("^description\\.[^.]+\\.yml$");

  /**
   * The starter of a lesson.
   *
   * @param exercise the path of the exercise file, relative to the lesson folder
   * @param starterText the exercise file as the learner gets it
   * @param copied the other files the learner gets, relative to the lesson folder, in order
   */
  public record Starter(Path lessonDir, String exercise, String starterText, List<String> copied) {
    public Starter {
      copied = List.copyOf(copied);
    }

    /**
     * Writes the starter into {@code dir} and returns the paths written, relative to it; refuses,
     * writing nothing, when one of the files is there already.
     */
    public List<String> writeTo(Path dir) {
      List<String> written = new ArrayList<>();
      written.add(exercise);
      written.addAll(copied);
      for (String file : written) {
        if (Files.exists(dir.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
          throw ToolException.invalidInput(
              dir.resolve(file) + ": already exists; hexlet-lesson never overwrites a file");
        }
      }
      try {
        Path target = dir.resolve(exercise);
        Files.createDirectories(target.getParent());
        Files.writeString(
            target, starterText, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        for (String file : copied) {
          target = dir.resolve(file);
          Files.createDirectories(target.getParent());
          Files.copy(lessonDir.resolve(file), target);
        }
      } catch (IOException e) {
        throw ToolException.invalidInput(dir + ": cannot write the starter: " + e.getMessage());
      }
      return written;
    }
  }

  public Starter of(Course course, Lesson lesson) {
    String exercise = course.language().exerciseFilename();
    if (exercise == null || exercise.isBlank()) {
      throw ToolException.invalidInput(
          course.root().resolve("spec.yml")
              + ": language.exercise_filename is missing; it names the file the learner edits");
    }
    Path reference = lesson.dir().resolve(exercise);
    if (!Files.isRegularFile(reference)) {
      throw ToolException.invalidInput(reference + ": the lesson has no exercise file");
    }
    var result = new StarterExtractor().extract(read(reference));
    if (!result.ok()) {
      MarkerError first = result.errors().get(0);
      throw ToolException.invalidInput(
          "%s:%d:%d: %s".formatted(reference, first.line(), first.column(), first.message()));
    }
    var grading = new GradingConfigLoader().load(course.root(), lesson.dir());
    List<PathMatcher> hidden =
        grading.hiddenTests().stream()
            .map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern))
            .toList();
    List<String> copied = new ArrayList<>();
    for (Path file : files(lesson.dir())) {
      Path relative = lesson.dir().relativize(file);
      String name = relative.toString().replace('\\', '/');
      if (name.equals(exercise) || learnerDoesNotGet(course, lesson.dir(), relative)) {
        continue;
      }
      if (hidden.stream().anyMatch(m -> m.matches(relative))) {
        continue;
      }
      copied.add(name);
    }
    return new Starter(lesson.dir(), exercise, result.starter(), copied);
  }

  /** Theory and task per locale, descriptions, lesson.yml, and hidden or generated files. */
  private static boolean learnerDoesNotGet(Course course, Path lessonDir, Path relative) {
    String first = relative.getName(0).toString();
    if (relative.getNameCount() > 1 && isLocaleFolder(course, lessonDir.resolve(first))) {
      return true;
    }
    if (first.startsWith(".") || first.equals("__pycache__") || first.equals("node_modules")) {
      return true;
    }
    String name = relative.getFileName().toString();
    return relative.getNameCount() == 1
        && (name.equals("lesson.yml") || DESCRIPTION.matcher(name).matches());
  }

  /** A course locale, or a folder that holds a lesson text although the course lacks its locale. */
  private static boolean isLocaleFolder(Course course, Path folder) {
    String name = folder.getFileName().toString();
    return course.locales().contains(name)
        || Stream.of("README.md", "EXERCISE.md", "data.yml")
            .anyMatch(text -> Files.isRegularFile(folder.resolve(text)));
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    } catch (IOException e) {
      throw ToolException.invalidInput(dir + ": cannot list folder: " + e.getMessage());
    }
  }

  private static String read(Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw ToolException.invalidInput(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw ToolException.invalidInput(file + ": cannot read: " + e.getMessage());
    }
  }
}
