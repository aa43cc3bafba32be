package hexlet.lesson.engine.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Writes the archives learners hand in, well-formed or hostile. */
final class Archives {
  private Archives() {}

  /** A zip of name, text pairs; a name starting with {@code @} is a symbolic link to the text. */
  static Path zip(Path file, String... entries) throws IOException {
    try (var zip = new ZipArchiveOutputStream(file)) {
      for (int i = 0; i < entries.length; i += 2) {
        String name = entries[i];
        boolean link = name.startsWith("@");
        var entry = new ZipArchiveEntry(link ? name.substring(1) : name);
        entry.setUnixMode(link ? 0120777 : 0100644);
        zip.putArchiveEntry(entry);
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
      }
    }
    return file;
  }

  /**
   * A tar.gz of name, text pairs; {@code @name} is a symbolic link to the text, {@code !name} a
   * character device.
   */
  static Path tarGz(Path file, String... entries) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
        var tar = new TarArchiveOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        String name = entries[i];
        TarArchiveEntry entry;
        byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
        if (name.startsWith("@")) {
          entry = new TarArchiveEntry(name.substring(1), TarConstants.LF_SYMLINK);
          entry.setLinkName(entries[i + 1]);
          content = new byte[0];
        } else if (name.startsWith("!")) {
          entry = new TarArchiveEntry(name.substring(1), TarConstants.LF_CHR);
          content = new byte[0];
        } else {
          entry = new TarArchiveEntry(name, true);
          entry.setSize(content.length);
        }
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
    }
    return file;
  }
}
