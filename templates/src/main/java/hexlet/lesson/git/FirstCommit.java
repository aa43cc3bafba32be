package hexlet.lesson.git;

import hexlet.lesson.core.ToolException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.UserConfig;

/** Makes a new course a git repository with everything in one first commit. */
public final class FirstCommit {
  /** Who commits when git has no user.name and user.email configured. */
  static final PersonIdent FALLBACK_AUTHOR =
      new PersonIdent("hexlet-lesson", "hexlet-lesson@localhost");

  /** What happened: the commit's id and whether the author came from git's configuration. */
  public record Result(String commitId, String author, boolean configuredAuthor) {}

  /**
   * The work tree that already contains {@code dir}, if any: a course created inside another
   * repository belongs to that one, not to a repository of its own.
   */
  public Optional<Path> enclosingRepository(Path dir) {
    var builder = RepositorySearch.from(dir, System.getenv());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    return Optional.of(builder.getGitDir().toPath().toAbsolutePath().getParent());
  }

  /** {@code git init} in {@code dir}, then adds every file and commits with {@code message}. */
  public Result initAndCommit(Path dir, String message) {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      var user = git.getRepository().getConfig().get(UserConfig.KEY);
      boolean configured = !user.isAuthorNameImplicit() && !user.isAuthorEmailImplicit();
      var commit = git.commit().setMessage(message).setSign(false);
      PersonIdent author =
          configured
              ? new PersonIdent(user.getAuthorName(), user.getAuthorEmail())
              : FALLBACK_AUTHOR;
      commit.setAuthor(author).setCommitter(author);
      var id = commit.call().getId().name();
      return new Result(id, author.getName() + " <" + author.getEmailAddress() + ">", configured);
    } catch (GitAPIException | JGitInternalException e) {
      throw new ToolException(
          ToolException.Kind.ENVIRONMENT,
          dir
              + ": the course was written, but git init or the first commit failed: "
              + e.getMessage(),
          e);
    }
  }
}
