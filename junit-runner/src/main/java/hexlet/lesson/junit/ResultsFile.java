package hexlet.lesson.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the results in one step: a temporary file beside the target, then a rename over it, so
 * whatever a learner wrote at that path during the run is replaced whole and a reader never sees
 * half a document.
 */
final class ResultsFile {
  private ResultsFile() {}

  static void write(Path target, String xml) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".results-", ".xml");
    try {
      Files.writeString(temp, xml, StandardCharsets.UTF_8);
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
