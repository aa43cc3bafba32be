package hexlet.lesson.engine.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Free space of the file system a folder is on. */
@FunctionalInterface
public interface DiskSpace {
  /** The bytes a process may still write there; empty when the folder cannot be looked at. */
  OptionalLong usable(Path folder);

  /** The real file systems. */
  DiskSpace SYSTEM =
      folder -> {
        try {
          return OptionalLong.of(Files.getFileStore(folder).getUsableSpace());
        } catch (IOException | SecurityException e) {
          return OptionalLong.empty();
        }
      };
}
