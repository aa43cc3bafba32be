package hexlet.lesson.course;

import java.nio.file.Path;
import java.util.List;

/** One module folder, {@code modules/<module>}, with its lessons in order. */
public record CourseModule(Path dir, String name, List<Lesson> lessons) {
  public CourseModule {
    lessons = List.copyOf(lessons);
  }
}
