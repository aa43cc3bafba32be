package hexlet.lesson.junit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes a lesson's files into a folder and runs it in this JVM. */
final class LessonFixture {
  private final Path root;
  private final Path lessonDir;

  LessonFixture(Path root) {
    this.root = root;
    this.lessonDir = root.resolve("lesson");
  }

  LessonFixture file(String relativePath, String content) {
    try {
      Path file = lessonDir.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dir() {
    return lessonDir;
  }

  RunReport run() {
    return run(List.of(), Optional.empty());
  }

  /** Runs the lesson; what its tests print is captured but not passed on to the build's log. */
  RunReport run(List<Path> extraClassPath, Optional<String> mainClass) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(quiet);
    System.setErr(quiet);
    try (OutputCapture capture = OutputCapture.install()) {
      OutcomeRecorder recorder = new OutcomeRecorder(capture);
      return new LessonRun(
              lessonDir, List.of(), extraClassPath, mainClass, root.resolve("work/classes"))
          .run(recorder);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  static final String APP =
      """
      class App {
        static int add(int a, int b) {
          return a + b;
        }
      }
      """;

  static final String WRONG_APP =
      """
      class App {
        static int add(int a, int b) {
          return a - b;
        }
      }
      """;

  static final String JUNIT_TEST =
      """
      import static org.assertj.core.api.Assertions.assertThat;

      import org.junit.jupiter.api.Test;

      class AppTest {
        @Test
        void addsPositives() {
          System.out.println("adding 2 and 3");
          assertThat(App.add(2, 3)).isEqualTo(5);
        }

        @Test
        void addsZero() {
          System.err.println("adding zero");
          assertThat(App.add(7, 0)).isEqualTo(7);
        }
      }
      """;
}
