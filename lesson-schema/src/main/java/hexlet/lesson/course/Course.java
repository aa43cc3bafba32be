package hexlet.lesson.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A course as laid out on disk: its spec, the locales declared by its root description files, and
 * its modules and lessons in order.
 */
public record Course(
    Path root, LanguageSpec language, List<String> locales, List<CourseModule> modules) {
  public Course {
    locales = List.copyOf(locales);
    modules = List.copyOf(modules);
  }

  public List<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  /**
   * The reference solution of every lesson (its exercise file, which holds the solution between
   * BEGIN and END), as absolute normalized paths; none when the spec names no exercise file.
   */
  public Set<Path> referenceSolutions() {
    String exercise = language.exerciseFilename();
    if (exercise == null || exercise.isBlank()) {
      return Set.of();
    }
    return lessons().stream()
        .map(l -> l.dir().resolve(exercise).toAbsolutePath().normalize())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Finds a lesson by id ({@code module/lesson}) or by its folder path. */
  public Optional<Lesson> lesson(String idOrPath) {
    Path asPath = root.resolve(idOrPath).toAbsolutePath().normalize();
    return lessons().stream()
        .filter(l -> l.id().equals(idOrPath) || l.dir().toAbsolutePath().normalize().equals(asPath))
        .findFirst();
  }
}
