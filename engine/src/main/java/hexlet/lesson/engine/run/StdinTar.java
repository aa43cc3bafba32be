package hexlet.lesson.engine.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The tar stream fed to a container's stdin. Stdin never reaches end-of-file inside the container
 * (the engine does not pass the half-close on), so the archive is padded to a whole 10,240-byte
 * record: GNU tar reads whole records and would otherwise wait for the rest forever. Only regular
 * files go in, no folders (tar makes them), links or devices.
 */
public final class StdinTar {
  /** The record size GNU tar reads in (20 blocks of 512 bytes). */
  public static final int RECORD_SIZE = 10_240;

  private StdinTar() {}

  public static byte[] of(List<SandboxFile> files) {
    var bytes = new ByteArrayOutputStream(RECORD_SIZE);
    try (var tar = new TarArchiveOutputStream(bytes, RECORD_SIZE)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (SandboxFile file : files) {
        var entry = new TarArchiveEntry(SafePath.check(file.path()), TarArchiveEntry.LF_NORMAL);
        entry.setMode(file.executable() ? 0100755 : 0100644);
        entry.setSize(file.size());
        tar.putArchiveEntry(entry);
        tar.write(file.content());
        tar.closeArchiveEntry();
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
