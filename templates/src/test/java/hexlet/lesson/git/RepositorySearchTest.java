package hexlet.lesson.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositorySearchTest {
  @Test
  void findsTheRepositoryAbove(@TempDir Path repo) throws Exception {
    Git.init().setDirectory(repo.toFile()).call().close();
    Path inner = Files.createDirectories(repo.resolve("a/b"));

    assertThat(RepositorySearch.from(inner, Map.of()).getGitDir())
        .isEqualTo(repo.resolve(".git").toFile());
  }

  @Test
  void stopsAtTheCeilingDirectoriesAsGitDoes(@TempDir Path repo) throws Exception {
    Git.init().setDirectory(repo.toFile()).call().close();
    Path ceiling = Files.createDirectories(repo.resolve("work"));
    Path inner = Files.createDirectories(ceiling.resolve("course"));

    var builder =
        RepositorySearch.from(inner, Map.of("GIT_CEILING_DIRECTORIES", "/nowhere:" + ceiling));

    assertThat(builder.getGitDir()).isNull();
  }
}
