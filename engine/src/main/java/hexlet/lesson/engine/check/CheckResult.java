package hexlet.lesson.engine.check;

import java.time.Duration;
import java.util.List;

/** The check of a course: every lesson's outcome in course order, and how long it all took. */
public record CheckResult(List<LessonCheck> lessons, Duration took) {
  public CheckResult {
    lessons = List.copyOf(lessons);
  }

  public boolean ok() {
    return lessons.stream().allMatch(LessonCheck::ok);
  }

  public long broken() {
    return lessons.stream().filter(l -> !l.ok()).count();
  }
}
