package hexlet.lesson.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstCommitTest {
  @Test
  void commitsEveryFileOnMain(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("spec.yml"), "language: {}\n");
    Files.createDirectories(dir.resolve("modules/10-basics"));
    Files.writeString(dir.resolve("modules/10-basics/description.en.yml"), "name: Basics\n");

    var result = new FirstCommit().initAndCommit(dir, "Start");

    try (Git git = Git.open(dir.toFile())) {
      assertThat(git.getRepository().getBranch()).isEqualTo("main");
      var head = git.log().call().iterator().next();
      assertThat(head.getId().name()).isEqualTo(result.commitId());
      assertThat(head.getFullMessage()).isEqualTo("Start");
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  void findsTheRepositoryAFolderIsAlreadyIn(@TempDir Path dir) throws Exception {
    Git.init().setDirectory(dir.toFile()).call().close();
    Path inner = Files.createDirectories(dir.resolve("courses/new"));

    assertThat(new FirstCommit().enclosingRepository(inner)).contains(dir.toAbsolutePath());
  }
}
