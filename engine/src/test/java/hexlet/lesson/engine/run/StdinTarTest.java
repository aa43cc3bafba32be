package hexlet.lesson.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

class StdinTarTest {
  @Test
  void endsOnAWholeRecordSoTarInTheContainerNeverWaitsForMore() {
    for (int size : new int[] {0, 1, 9_000, 10_240, 50_000}) {
      byte[] tar = StdinTar.of(List.of(new SandboxFile("a/b.txt", new byte[size], false)));

      assertThat(tar.length % StdinTar.RECORD_SIZE).as("size %d", size).isZero();
    }
  }

  @Test
  void holdsRegularFilesWithTheirModes() throws Exception {
    byte[] tar =
        StdinTar.of(
            List.of(
                new SandboxFile("x/run.sh", "echo hi".getBytes(StandardCharsets.UTF_8), true),
                new SandboxFile("x/data.txt", "data".getBytes(StandardCharsets.UTF_8), false)));

    List<String> entries = new ArrayList<>();
    try (var in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(e.isFile()).isTrue();
        entries.add(e.getName() + " " + Integer.toOctalString(e.getMode() & 0777));
      }
    }
    assertThat(entries).containsExactly("x/run.sh 755", "x/data.txt 644");
  }
}
