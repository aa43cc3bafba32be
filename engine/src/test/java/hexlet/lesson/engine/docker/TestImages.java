package hexlet.lesson.engine.docker;

import hexlet.lesson.course.Course;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseImages;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Images the integration tests rely on. A course image is built at most once per test run (later
 * calls find it by its tag) and, when the tests built it, removed when the test JVM exits.
 */
public final class TestImages {
  /** The local base image every example and template builds from (CI makes it: .ci/docker-up). */
  public static final String BASE = "debian:bookworm-slim";

  private static final Set<String> BUILT = ConcurrentHashMap.newKeySet();

  private TestImages() {}

  /** The course's image, built when missing. */
  public static synchronized BuiltImage of(Course course) {
    DockerRuntime runtime = DockerRuntime.fromEnvironment();
    BuiltImage image = new CourseImages(runtime, Clock.systemUTC()).ensure(course, line -> {});
    if (image.built() && BUILT.add(image.tag())) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try (runtime) {
                      runtime.removeImage(image.tag());
                    } catch (RuntimeException e) {
                      // The engine may be gone at exit; the tag is then left for a later run.
                    }
                  }));
    }
    return image;
  }
}
