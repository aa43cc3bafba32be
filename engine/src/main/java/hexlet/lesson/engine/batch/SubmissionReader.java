package hexlet.lesson.engine.batch;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.run.FolderFiles;
import hexlet.lesson.engine.run.SafePath;
import hexlet.lesson.engine.run.SandboxFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a submission's files from its folder, archive or single file. Only regular files are taken:
 * a symbolic or hard link, a device or a pipe, a path with {@code ..}, an absolute path or a
 * backslash refuses the whole submission, as do more than {@value #MAX_FILES} files or more than
 * {@value #MAX_BYTES} bytes unpacked. Folders that tools and archivers leave behind ({@code
 * __pycache__}, {@code __MACOSX}, {@code .git}, ...) are skipped, and an archive whose files all
 * sit in one top folder ({@code alice/solution.py}) is read from inside that folder.
 */
public final class SubmissionReader {
  static final int MAX_FILES = 1_000;
  static final long MAX_BYTES = 16L << 20;

  private static final Set<String> SKIPPED =
      Set.of(
          "__pycache__",
          ".pytest_cache",
          "__MACOSX",
          ".DS_Store",
          ".git",
          ".hexlet-lesson",
          "node_modules");

  private SubmissionReader() {}

  /**
   * @param exerciseFilename the name a single-file submission is graded under
   * @throws ToolException of kind INVALID_INPUT naming the submission and what is wrong
   */
  public static List<SandboxFile> read(Submission submission, String exerciseFilename) {
    if (submission.problem().isPresent()) {
      throw ToolException.invalidInput(submission.problem().get());
    }
    Path source = submission.source();
    var files = new Collected(source.getFileName().toString());
    try {
      switch (Submissions.kind(source)) {
        case FOLDER -> folder(source, files);
        case ZIP -> zip(source, files);
        case TAR -> tar(source, false, files);
        case TAR_GZ -> tar(source, true, files);
        case FILE -> {
          files.check(exerciseFilename, Files.size(source));
          files.add(exerciseFilename, Files.readAllBytes(source), false);
        }
      }
    } catch (IOException e) {
      throw files.refused("cannot be read: " + e.getMessage());
    }
    return files.result();
  }

  /**
   * A solution given to {@code grade}: an archive ({@code .zip}, {@code .tar.gz}, {@code .tgz},
   * {@code .tar}) is read as grade-batch reads a learner's archive; a file or a folder as {@link
   * FolderFiles#submission} reads it.
   */
  public static List<SandboxFile> solution(Path path, String exerciseFilename) {
    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
        && Submissions.kind(path) != Submissions.Kind.FILE) {
      return read(
          new Submission(path.getFileName().toString(), path, Optional.empty()), exerciseFilename);
    }
    return FolderFiles.submission(path, exerciseFilename);
  }

  private static void folder(Path root, Collected files) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            String rel = root.relativize(file).toString().replace('\\', '/');
            if (attrs.isSymbolicLink()) {
              throw files.refused(rel + " is a symbolic link; a submission holds regular files");
            }
            if (!attrs.isRegularFile()) {
              throw files.refused(rel + " is not a regular file");
            }
            files.check(rel, attrs.size());
            files.add(rel, Files.readAllBytes(file), Files.isExecutable(file));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void zip(Path source, Collected files) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(source).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        String name = withoutDotSlash(entry.getName());
        if (entry.isDirectory()) {
          continue;
        }
        int type = entry.getUnixMode() & 0170000;
        if (entry.isUnixSymlink()) {
          throw files.refused("entry '" + name + "' is a symbolic link");
        }
        if (type != 0 && type != 0100000) {
          throw files.refused("entry '" + name + "' is not a regular file");
        }
        files.check(name, entry.getSize());
        try (InputStream in = zip.getInputStream(entry)) {
          files.add(name, files.readCapped(name, in), (entry.getUnixMode() & 0100) != 0);
        }
      }
    }
  }

  private static void tar(Path source, boolean gzipped, Collected files) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(source));
        InputStream body = gzipped ? new GZIPInputStream(raw) : raw;
        var tar = new TarArchiveInputStream(body)) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        String name = withoutDotSlash(entry.getName());
        if (entry.isDirectory()) {
          continue;
        }
        if (entry.isSymbolicLink() || entry.isLink()) {
          throw files.refused("entry '" + name + "' is a link");
        }
        if (entry.isCharacterDevice() || entry.isBlockDevice()) {
          throw files.refused("entry '" + name + "' is a device");
        }
        if (entry.isFIFO() || !entry.isFile()) {
          throw files.refused("entry '" + name + "' is a pipe or another special file");
        }
        files.check(name, entry.getSize());
        files.add(name, files.readCapped(name, tar), (entry.getMode() & 0100) != 0);
      }
    }
  }

  /** The files read so far, with the caps and path rules. */
  private static final class Collected {
    private final String source;
    private final List<SandboxFile> files = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private long bytes;

    Collected(String source) {
      this.source = source;
    }

    void check(String name, long size) {
      String problem = SafePath.problem(name);
      if (problem != null) {
        throw refused("entry '" + name + "': " + problem);
      }
      if (files.size() >= MAX_FILES) {
        throw refused("more than " + MAX_FILES + " files; a submission is source code");
      }
      if (size > MAX_BYTES - bytes) {
        throw refused(
            "more than " + (MAX_BYTES >> 20) + " MiB unpacked; a submission is source code");
      }
    }

    byte[] readCapped(String name, InputStream in) throws IOException {
      var out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 14];
      for (int n; (n = in.read(buffer)) > 0; ) {
        out.write(buffer, 0, n);
        if (bytes + out.size() > MAX_BYTES) {
          throw refused(
              "more than " + (MAX_BYTES >> 20) + " MiB unpacked; a submission is source code");
        }
      }
      return out.toByteArray();
    }

    void add(String name, byte[] content, boolean executable) {
      if (skipped(name)) {
        return;
      }
      if (!paths.add(name)) {
        throw refused("entry '" + name + "' appears twice");
      }
      bytes += content.length;
      files.add(new SandboxFile(name, content, executable));
    }

    List<SandboxFile> result() {
      List<SandboxFile> result = new ArrayList<>(files);
      String top = commonFolder(result);
      if (top != null) {
        result.replaceAll(
            f ->
                new SandboxFile(f.path().substring(top.length() + 1), f.content(), f.executable()));
      }
      result.sort(Comparator.comparing(SandboxFile::path));
      if (result.isEmpty()) {
        throw refused("holds no files");
      }
      return result;
    }

    ToolException refused(String why) {
      return ToolException.invalidInput(source + ": " + why);
    }

    private static boolean skipped(String name) {
      for (String segment : name.split("/")) {
        if (SKIPPED.contains(segment)) {
          return true;
        }
      }
      return false;
    }

    /** The one folder every file sits in, when there is one and no file lies beside it. */
    private static String commonFolder(List<SandboxFile> files) {
      String top = null;
      for (SandboxFile file : files) {
        int slash = file.path().indexOf('/');
        if (slash < 0) {
          return null;
        }
        String folder = file.path().substring(0, slash);
        if (top != null && !top.equals(folder)) {
          return null;
        }
        top = folder;
      }
      return top;
    }
  }

  /** An archive name without the {@code ./} that {@code tar -C dir .} puts before each one. */
  private static String withoutDotSlash(String name) {
    String clean = name;
    while (clean.startsWith("./")) {
      clean = clean.substring(2);
    }
    return clean;
  }
}
