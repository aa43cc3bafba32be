package hexlet.lesson.git;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Finds the git repository a folder belongs to, the way git does: upwards from the folder, not into
 * the folders listed in {@code GIT_CEILING_DIRECTORIES}.
 */
final class RepositorySearch {
  private RepositorySearch() {}

  static FileRepositoryBuilder from(Path dir, Map<String, String> env) {
    var builder = new FileRepositoryBuilder();
    String ceilings = env.get("GIT_CEILING_DIRECTORIES");
    if (ceilings != null) {
      for (String ceiling : ceilings.split(File.pathSeparator)) {
        if (!ceiling.isBlank()) {
          builder.addCeilingDirectory(new File(ceiling));
        }
      }
    }
    return builder.findGitDir(dir.toAbsolutePath().toFile());
  }
}
