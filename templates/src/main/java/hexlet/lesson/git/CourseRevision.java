package hexlet.lesson.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The commit a course is at, and whether its files differ from it: what a bundle records so a grade
 * can be traced to the course's history. A course may sit in a folder of a larger repository; only
 * changes inside that folder count.
 */
public final class CourseRevision {
  /**
   * @param commit the full id of the commit checked out
   * @param dirty whether a file of the course is changed, added or removed and not committed
   */
  public record Revision(String commit, boolean dirty) {}

  /** The course's revision; empty outside a git repository or before the first commit. */
  public Optional<Revision> of(Path courseRoot) {
    Path root = courseRoot.toAbsolutePath().normalize();
    var builder = RepositorySearch.from(root, System.getenv());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try (Repository repo = builder.build();
        Git git = new Git(repo)) {
      ObjectId head = repo.resolve("HEAD");
      if (head == null) {
        return Optional.empty();
      }
      Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      String prefix = workTree.relativize(root).toString().replace('\\', '/');
      var status = git.status();
      if (!prefix.isEmpty()) {
        status.addPath(prefix);
      }
      boolean dirty = !status.call().isClean();
      return Optional.of(new Revision(head.name(), dirty));
    } catch (IOException | GitAPIException | JGitInternalException e) {
      return Optional.empty();
    }
  }
}
