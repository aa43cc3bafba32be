package hexlet.lesson.engine.batch;

import hexlet.lesson.core.ToolException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The submissions in a folder, one per learner, in learner order: a folder ({@code alice/}), an
 * archive ({@code alice.zip}, {@code alice.tar.gz}, {@code alice.tgz}, {@code alice.tar}) or a
 * single file graded as the exercise file ({@code alice.py}); the learner is the name without the
 * archive or file extension. Hidden entries (a leading dot) are left out.
 */
public final class Submissions {
  private static final List<String> ARCHIVES = List.of(".tar.gz", ".tgz", ".tar", ".zip");

  private Submissions() {}

  public static List<Submission> in(Path dir) {
    return in(dir, List.of());
  }

  /**
   * The submissions in {@code dir}, leaving out the batch's own outputs (its report folder and
   * gradebook) when they sit in it, so that a rerun does not grade them as learners.
   *
   * @throws ToolException of kind USAGE when an output lies inside a learner's folder, whose
   *     submission would then change with every run
   */
  public static List<Submission> in(Path dir, Collection<Path> outputs) {
    if (!Files.isDirectory(dir)) {
      throw ToolException.invalidInput(dir + ": no such folder of submissions");
    }
    Path base = dir.toAbsolutePath().normalize();
    List<Path> ownOutputs = outputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<Path> entries;
    try (Stream<Path> list = Files.list(dir)) {
      entries =
          list.filter(p -> !p.getFileName().toString().startsWith("."))
              .filter(p -> !ownOutputs.contains(base.resolve(p.getFileName())))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw ToolException.invalidInput(dir + ": cannot list: " + e.getMessage());
    }
    for (Path output : ownOutputs) {
      for (Path entry : entries) {
        if (output.startsWith(base.resolve(entry.getFileName()))) {
          throw new ToolException(
              ToolException.Kind.USAGE,
              output
                  + " lies in the submission of "
                  + learner(entry)
                  + "; write reports and the gradebook outside the learners' folders");
        }
      }
    }
    Map<String, List<Path>> byLearner = new LinkedHashMap<>();
    for (Path entry : entries) {
      byLearner.computeIfAbsent(learner(entry), k -> new ArrayList<>()).add(entry);
    }
    List<Submission> submissions = new ArrayList<>();
    byLearner.forEach(
        (learner, sources) -> {
          Path source = sources.get(0);
          Optional<String> problem = Optional.empty();
          if (sources.size() > 1) {
            problem =
                Optional.of(
                    "learner "
                        + learner
                        + " has "
                        + sources.size()
                        + " submissions ("
                        + String.join(
                            ", ", sources.stream().map(p -> p.getFileName().toString()).toList())
                        + "); keep one");
          } else if (Files.isSymbolicLink(source)) {
            problem =
                Optional.of(
                    source.getFileName() + " is a symbolic link; submissions are read as they are");
          } else if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)
              && !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            problem = Optional.of(source.getFileName() + " is not a folder, an archive or a file");
          }
          submissions.add(new Submission(learner, source, problem));
        });
    submissions.sort(Comparator.comparing(Submission::learner));
    return submissions;
  }

  /** The learner a folder entry belongs to: its name without an archive or file extension. */
  static String learner(Path entry) {
    String name = entry.getFileName().toString();
    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
      return name;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : ARCHIVES) {
      if (lower.endsWith(extension) && lower.length() > extension.length()) {
        return name.substring(0, name.length() - extension.length());
      }
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** How a submission's files are stored. */
  enum Kind {
    FOLDER,
    ZIP,
    TAR,
    TAR_GZ,
    FILE
  }

  static Kind kind(Path source) {
    if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
      return Kind.FOLDER;
    }
    String lower = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      return Kind.ZIP;
    }
    if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
      return Kind.TAR_GZ;
    }
    return lower.endsWith(".tar") ? Kind.TAR : Kind.FILE;
  }
}
