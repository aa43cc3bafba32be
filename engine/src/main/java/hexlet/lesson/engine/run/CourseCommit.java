package hexlet.lesson.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit a course folder is checked out at, read from the git metadata of the folder or the
 * nearest folder above it (a course can live inside a larger repository). Uncommitted changes are
 * not detected; the commit names the base they sit on.
 */
public final class CourseCommit {
  private static final Pattern HASH = Pattern.compile("^[0-9a-f]{40}([0-9a-f]{24})?$");

  private CourseCommit() {}

  public static Optional<String> of(Path courseRoot) {
    for (Path dir = courseRoot.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path dotGit = dir.resolve(".git");
      try {
        if (Files.isDirectory(dotGit)) {
          return head(dotGit, dotGit);
        }
        if (Files.isRegularFile(dotGit)) {
          String pointer = Files.readString(dotGit).strip();
          if (pointer.startsWith("gitdir:")) {
            Path gitDir = dir.resolve(pointer.substring("gitdir:".length()).strip()).normalize();
            return head(gitDir, commonDir(gitDir));
          }
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Path commonDir(Path gitDir) throws IOException {
    Path common = gitDir.resolve("commondir");
    return Files.isRegularFile(common)
        ? gitDir.resolve(Files.readString(common).strip()).normalize()
        : gitDir;
  }

  private static Optional<String> head(Path gitDir, Path commonDir) throws IOException {
    Path headFile = gitDir.resolve("HEAD");
    if (!Files.isRegularFile(headFile)) {
      return Optional.empty();
    }
    String head = Files.readString(headFile).strip();
    if (HASH.matcher(head).matches()) {
      return Optional.of(head);
    }
    if (!head.startsWith("ref:")) {
      return Optional.empty();
    }
    String ref = head.substring(4).strip();
    for (Path base : new Path[] {gitDir, commonDir}) {
      Path loose = base.resolve(ref);
      if (Files.isRegularFile(loose)) {
        String hash = Files.readString(loose).strip();
        return HASH.matcher(hash).matches() ? Optional.of(hash) : Optional.empty();
      }
    }
    Path packed = commonDir.resolve("packed-refs");
    if (Files.isRegularFile(packed)) {
      for (String line : Files.readAllLines(packed)) {
        String[] parts = line.split(" ");
        if (parts.length == 2 && parts[1].equals(ref) && HASH.matcher(parts[0]).matches()) {
          return Optional.of(parts[0]);
        }
      }
    }
    return Optional.empty();
  }
}
