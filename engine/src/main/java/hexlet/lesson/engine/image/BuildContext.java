package hexlet.lesson.engine.image;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.engine.run.LanguageSupport;
import hexlet.lesson.engine.run.SandboxFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The files of a course that go into its image: everything under the course root except what {@code
 * .dockerignore} leaves out, the git history, the tool's cache, and every lesson's reference
 * solution (the spec's {@code exercise_filename} in each lesson folder), which must never be in an
 * image that runs learner code.
 */
public final class BuildContext {
  /** Bumped when what goes into the hash changes, so old tags are not reused wrongly. */
  private static final String HASH_FORMAT = "hexlet-lesson-context-1";

  /** Where the files a language offers to the image build sit in the context. */
  public static final String OFFERED_DIR = ".hexlet";

  /** One file or symbolic link of the context, by its path relative to the course root. */
  public record Entry(String path, Path file, boolean symlink, boolean executable) {}

  private final Path root;
  private final List<Entry> entries;
  private final List<SandboxFile> offered;

  private BuildContext(Path root, List<Entry> entries, List<SandboxFile> offered) {
    this.root = root;
    this.entries = List.copyOf(entries);
    this.offered = List.copyOf(offered);
  }

  public static BuildContext of(Course course) {
    Path root = course.root();
    if (!Files.isRegularFile(root.resolve("Dockerfile"))) {
      throw ToolException.invalidInput(
          root + ": no Dockerfile: the course image is built from the course's Dockerfile");
    }
    DockerIgnore ignore = readIgnore(root);
    Set<Path> references = course.referenceSolutions();
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
              }
              String rel = relative(root, dir);
              if (rel.equals(".git") || rel.equals(CourseCache.DIR_NAME)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String rel = relative(root, file);
              boolean always = rel.equals("Dockerfile") || rel.equals(".dockerignore");
              if (references.contains(file.toAbsolutePath().normalize())) {
                return FileVisitResult.CONTINUE;
              }
              if (!always && ignore.excludes(rel)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                entries.add(new Entry(rel, file, true, false));
              } else if (attrs.isRegularFile()) {
                entries.add(new Entry(rel, file, false, Files.isExecutable(file)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw ToolException.invalidInput(root + ": cannot read the course: " + e.getMessage());
    }
    List<SandboxFile> offered = offered(root, LanguageSupport.of(course.language()));
    entries.removeIf(e -> offered.stream().anyMatch(f -> f.path().equals(e.path())));
    entries.sort(Comparator.comparing(Entry::path));
    return new BuildContext(root, entries, offered);
  }

  /**
   * The language's image files that the Dockerfile names, under {@link #OFFERED_DIR}: a course that
   * does not install them keeps its context, and its image tag, as they were.
   */
  private static List<SandboxFile> offered(Path root, LanguageSupport support) {
    List<SandboxFile> files = support.imageFiles();
    if (files.isEmpty()) {
      return List.of();
    }
    String dockerfile;
    try {
      dockerfile = Files.readString(root.resolve("Dockerfile"));
    } catch (IOException e) {
      throw ToolException.invalidInput(root.resolve("Dockerfile") + ": cannot read: " + e);
    }
    return files.stream()
        .filter(f -> dockerfile.contains(OFFERED_DIR + "/" + f.path()))
        .map(f -> new SandboxFile(OFFERED_DIR + "/" + f.path(), f.content(), f.executable()))
        .toList();
  }

  private static DockerIgnore readIgnore(Path root) {
    Path file = root.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return DockerIgnore.NONE;
    }
    try {
      return DockerIgnore.parse(Files.readString(file));
    } catch (IOException e) {
      throw ToolException.invalidInput(file + ": cannot read: " + e.getMessage());
    }
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The files a language offers to the build (see {@link #OFFERED_DIR}). */
  public List<SandboxFile> offered() {
    return offered;
  }

  /** The SHA-256 of every path, kind, mode and content, in path order, as hex. */
  public String hash() {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    digest.update(HASH_FORMAT.getBytes(StandardCharsets.UTF_8));
    byte[] buffer = new byte[64 * 1024];
    for (Entry entry : entries) {
      digest.update((byte) 0);
      digest.update(entry.path().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try {
        if (entry.symlink()) {
          digest.update((byte) 'l');
          digest.update(
              Files.readSymbolicLink(entry.file()).toString().getBytes(StandardCharsets.UTF_8));
        } else {
          digest.update((byte) (entry.executable() ? 'x' : 'f'));
          try (InputStream in = Files.newInputStream(entry.file())) {
            for (int n; (n = in.read(buffer)) > 0; ) {
              digest.update(buffer, 0, n);
            }
          }
        }
      } catch (IOException e) {
        throw ToolException.invalidInput(entry.file() + ": cannot read: " + e.getMessage());
      }
    }
    for (SandboxFile file : offered) {
      // A CRC, not the content: the tool's own files are not hostile, and hashing megabytes on
      // every grade would cost more than the run. A changed jar still changes the tag.
      byte[] content = file.content();
      CRC32 crc = new CRC32();
      crc.update(content);
      digest.update((byte) 0);
      digest.update(file.path().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update((byte) 'o');
      digest.update(String.valueOf(content.length).getBytes(StandardCharsets.UTF_8));
      digest.update(Long.toHexString(crc.getValue()).getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Writes the context as a tar stream, as {@code docker build} expects it. */
  public void writeTar(OutputStream out) {
    try {
      var tar = new TarArchiveOutputStream(out);
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (Entry entry : entries) {
        TarArchiveEntry tarEntry;
        if (entry.symlink()) {
          tarEntry = new TarArchiveEntry(entry.path(), TarArchiveEntry.LF_SYMLINK);
          tarEntry.setLinkName(Files.readSymbolicLink(entry.file()).toString());
          tar.putArchiveEntry(tarEntry);
        } else {
          tarEntry = new TarArchiveEntry(entry.file(), entry.path(), LinkOption.NOFOLLOW_LINKS);
          tarEntry.setMode(entry.executable() ? 0100755 : 0100644);
          tarEntry.setUserId(0);
          tarEntry.setGroupId(0);
          tarEntry.setUserName("");
          tarEntry.setGroupName("");
          tar.putArchiveEntry(tarEntry);
          Files.copy(entry.file(), tar);
        }
        tar.closeArchiveEntry();
      }
      for (SandboxFile file : offered) {
        byte[] content = file.content();
        TarArchiveEntry tarEntry = new TarArchiveEntry(file.path());
        tarEntry.setSize(content.length);
        tarEntry.setMode(file.executable() ? 0100755 : 0100644);
        tar.putArchiveEntry(tarEntry);
        tar.write(content);
        tar.closeArchiveEntry();
      }
      tar.finish();
      tar.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path root() {
    return root;
  }
}
