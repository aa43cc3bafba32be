package hexlet.lesson.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The files this package carries in the jar and sends into containers: the run wrapper and each
 * language's plugin, reporter or runner.
 */
final class PackagedFile {
  private PackagedFile() {}

  /** The bytes of a resource named relative to this package; a jar without it is a broken build. */
  static byte[] bytes(String name) {
    try (InputStream in = PackagedFile.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
