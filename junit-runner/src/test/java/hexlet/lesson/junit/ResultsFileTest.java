package hexlet.lesson.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsFileTest {
  @TempDir Path dir;

  @Test
  void replacesWhateverWasAtThePathAndLeavesNoTemporaryFile() throws Exception {
    Path results = dir.resolve("out/results.xml");
    Files.createDirectories(results.getParent());
    Files.writeString(results, "<forged/>");

    ResultsFile.write(results, "<real/>");

    assertThat(results).hasContent("<real/>");
    assertThat(Files.list(results.getParent())).containsExactly(results);
  }

  @Test
  void replacesALinkItselfInsteadOfWritingThroughIt() throws Exception {
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.xml"), "untouched");
    Path results = Files.createSymbolicLink(dir.resolve("results.xml"), elsewhere);

    ResultsFile.write(results, "<real/>");

    assertThat(Files.isSymbolicLink(results)).isFalse();
    assertThat(results).hasContent("<real/>");
    assertThat(elsewhere).hasContent("untouched");
  }
}
