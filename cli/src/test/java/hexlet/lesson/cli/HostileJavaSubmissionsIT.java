package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.cli.HostileLesson.Graded;
import hexlet.lesson.engine.docker.RequiresDocker;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile suite for Java lessons: submissions of examples/java-basics {@code
 * 10-basics/20-greeting} from {@code src/test/resources/hostile/java}, graded through the command
 * line on the real engine, with the same promises as {@link HostileSubmissionsIT}.
 */
@RequiresDocker
class HostileJavaSubmissionsIT extends HostileSuite {

  private static HostileLesson target;
  private static Path corpus;
  private static Path scratch;

  @BeforeAll
  static void setUp(@TempDir Path dir) throws Exception {
    target =
        HostileLesson.prepare(
            dir,
            "java-basics",
            "java",
            "right.java",
            "class App {\n    static String greet(String name) {\n"
                + "        return \"Hello, \" + name + \"!\";\n    }\n}\n");
    corpus = target.corpus();
    scratch = Files.createDirectories(dir.resolve("scratch"));
  }

  @Override
  HostileLesson target() {
    return target;
  }

  static Stream<Arguments> submissions() {
    return Stream.of(
        Arguments.of("infinite-loop.java", "error", "timeout", List.of("--time", "5s")),
        Arguments.of("fork-bomb.java", "error", "timeout", List.of("--time", "5s", "--pids", "64")),
        Arguments.of("threads-forever.java", "fail", null, List.of()),
        Arguments.of("heap-hog.java", "fail", null, List.of()),
        Arguments.of("process-memory-hog.java", "error", "memory", List.of("--memory", "256m")),
        Arguments.of(
            "output-flood.java", "error", "output-limit", List.of("--output-limit", "64k")),
        Arguments.of("system-exit.java", "error", "runner", List.of()),
        Arguments.of("halt.java", "error", "tampered", List.of()),
        Arguments.of("forged-results.java", "error", "tampered", List.of()),
        Arguments.of("static-init-exit.java", "error", "tampered", List.of()),
        Arguments.of("shadow-assertj", "fail", null, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submissions")
  void aHostileSubmissionNeverPasses(String name, String status, String reason, List<String> flags)
      throws Exception {
    Graded graded = target.judged(corpus.resolve(name), flags);

    graded.assertVerdict(status, reason);
    assertThat(graded.report().toString()).doesNotContain("ESCAPED");
  }

  @Test
  void noReferenceSolutionIsAnywhereInTheContainer() throws Exception {
    List<String> needles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(target.course().resolve("modules"))) {
      for (Path reference : files.filter(f -> f.endsWith("App.java")).toList()) {
        String text = Files.readString(reference);
        needles.add(hex(text));
        int begin = text.indexOf("// BEGIN\n");
        int end = text.indexOf("// END");
        needles.add(hex(text.substring(begin + "// BEGIN\n".length(), end)));
      }
    }
    Path submission = Files.createDirectories(scratch.resolve("hidden-files"));
    Files.copy(corpus.resolve("find-hidden-files.java"), submission.resolve("App.java"));
    Files.write(submission.resolve("needles.txt"), needles);

    Graded graded = target.judged(submission, List.of("--time", "60s"));

    graded.assertVerdict("fail", null);
    assertThat(graded.report().toString())
        .doesNotContain("ESCAPED")
        .contains("PROBE-DONE")
        .contains("for " + needles.size() + " needles");
  }

  @Test
  void theNetworkIsUnreachableEvenToListenersOnThisMachine() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
      AtomicInteger accepted = new AtomicInteger();
      Thread acceptor =
          new Thread(
              () -> {
                while (!listener.isClosed()) {
                  try (Socket ignored = listener.accept()) {
                    accepted.incrementAndGet();
                  } catch (IOException e) {
                    return;
                  }
                }
              });
      acceptor.start();
      List<String> targets = new ArrayList<>();
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            targets.add(address.getHostAddress() + " " + listener.getLocalPort());
          }
        }
      }
      Path submission = Files.createDirectories(scratch.resolve("network"));
      Files.copy(corpus.resolve("network.java"), submission.resolve("App.java"));
      Files.write(submission.resolve("targets.txt"), targets);

      Graded graded = target.judged(submission, List.of());

      graded.assertVerdict("fail", null);
      assertThat(graded.report().toString()).doesNotContain("ESCAPED").contains("PROBE-DONE");
      listener.close();
      acceptor.join(5_000);
      assertThat(accepted).as("connections that reached the listener").hasValue(0);
    }
  }

  private static String hex(String text) {
    return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }
}
