package hexlet.lesson.cli;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.engine.docker.DockerRuntime;
import hexlet.lesson.engine.runtime.ContainerOwner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a grade run in this process may leave behind: containers it created, labelled volumes, files
 * in the JVM's temporary folder (failsafe gives this JVM its own, under target/).
 */
final class Leftovers {
  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
  private static final String OWNER = ContainerOwner.current().labels().get(ContainerOwner.OWNER);

  private Set<String> tmpBefore = Set.of();

  void before() {
    tmpBefore = tmpEntries();
  }

  void assertNone() {
    try (DockerRuntime runtime = DockerRuntime.fromEnvironment()) {
      assertThat(runtime.containers(ContainerOwner.OWNER))
          .as("containers of this grader")
          .filteredOn(c -> OWNER.equals(c.labels().get(ContainerOwner.OWNER)))
          .isEmpty();
      assertThat(runtime.volumes(ContainerOwner.MARK)).as("labelled volumes").isEmpty();
    }
    assertThat(tmpEntries()).as("temporary files in " + TMP).isEqualTo(tmpBefore);
  }

  /** The containers this process created since {@code since}, from the engine's event log. */
  List<String> containersCreatedSince(Instant since) {
    Instant until = Instant.now();
    try {
      Process events =
          new ProcessBuilder(
                  "docker",
                  "events",
                  "--since",
                  stamp(since),
                  "--until",
                  stamp(until),
                  "--filter",
                  "type=container",
                  "--filter",
                  "event=create",
                  "--filter",
                  "label=" + ContainerOwner.OWNER + "=" + OWNER,
                  "--format",
                  "{{.ID}}")
              .redirectErrorStream(true)
              .start();
      String out = new String(events.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(events.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(events.exitValue()).as(out).isZero();
      return out.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String stamp(Instant instant) {
    return String.format("%d.%09d", instant.getEpochSecond(), instant.getNano());
  }

  private static Set<String> tmpEntries() {
    try (Stream<Path> entries = Files.list(TMP)) {
      return entries.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
