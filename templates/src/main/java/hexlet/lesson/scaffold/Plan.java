package hexlet.lesson.scaffold;

import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The files a command is about to create, relative to {@code root}. Nothing is written until the
 * whole plan is known to overwrite nothing.
 */
public record Plan(Path root, List<PlannedFile> files) {
  public Plan {
    files = List.copyOf(files);
  }

  /** One new file: its path relative to the root (with '/'), its text, the template it is from. */
  public record PlannedFile(String path, String content, String origin) {}

  /** The first planned file that already exists, if any. */
  public Optional<Path> firstConflict() {
    return files.stream()
        .map(f -> root.resolve(f.path()))
        .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS))
        .findFirst();
  }

  /**
   * Writes every file, or none when one of them exists already.
   *
   * @throws ToolException (invalid input) naming the first file that exists
   */
  public void write() {
    firstConflict().ifPresent(existing -> refuse(existing));
    for (PlannedFile file : files) {
      Path target = root.resolve(file.path());
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(
            target, file.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        refuse(target);
      } catch (IOException e) {
        throw ToolException.invalidInput(target + ": cannot write: " + e.getMessage());
      }
    }
  }

  private static void refuse(Path existing) {
    throw ToolException.invalidInput(
        existing + ": already exists; hexlet-lesson never overwrites a file");
  }
}
