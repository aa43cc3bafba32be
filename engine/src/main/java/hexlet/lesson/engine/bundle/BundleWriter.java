package hexlet.lesson.engine.bundle;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a course bundle: one tar file (gzip-compressed when its name ends in {@code .gz} or {@code
 * .tgz}) holding {@code manifest.json} first, then the course's files under {@code course/}, then
 * the course image as {@code docker save} writes it, {@code image.tar}. The bundle is written next
 * to its final name and moved there when complete, so a failed run leaves no half bundle.
 */
public final class BundleWriter {
  private final ContainerRuntime runtime;
  private final Clock clock;
  private final String toolVersion;

  public BundleWriter(ContainerRuntime runtime, Clock clock, String toolVersion) {
    this.runtime = runtime;
    this.clock = clock;
    this.toolVersion = toolVersion;
  }

  /**
   * What to bundle.
   *
   * @param imageTag the built course image, saved under this tag
   * @param imageId its id, recorded so the grading side can find it after loading
   * @param commit the course repository's commit, if any
   * @param dirty whether the course had uncommitted changes
   * @param expectedTests each lesson's id and its reference run's test names
   */
  public record Source(
      Course course,
      String imageTag,
      String imageId,
      Optional<String> commit,
      boolean dirty,
      boolean withSolutions,
      Map<String, List<String>> expectedTests) {}

  /**
   * A bundle written.
   *
   * @param sha256 the SHA-256 of the whole bundle file, to compare after carrying it elsewhere
   */
  public record Written(Path bundle, long size, String sha256, BundleManifest manifest) {}

  /**
   * @param progress told of each step, for people waiting
   */
  public Written write(Source source, Path output, Consumer<String> progress) {
    Path target = output.toAbsolutePath().normalize();
    if (target.startsWith(source.course().root().toAbsolutePath().normalize())) {
      throw new ToolException(
          ToolException.Kind.USAGE,
          output + ": write the bundle outside the course, or the next bundle would hold this one");
    }
    Path folder = target.getParent();
    Instant now = clock.instant();
    List<CourseFiles.File> files = CourseFiles.of(source.course(), source.withSolutions());
    List<BundleManifest.Entry> entries = new ArrayList<>();
    for (CourseFiles.File file : files) {
      entries.add(entry(BundleManifest.COURSE + file.path(), file.source(), file.executable()));
    }
    Path image = null;
    Path partial = folder.resolve(target.getFileName() + ".partial");
    try {
      Files.createDirectories(folder);
      image = Files.createTempFile(folder, "." + target.getFileName(), ".image.tmp");
      progress.accept("saving the course image " + source.imageTag() + "...");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(image), 1 << 16)) {
        runtime.saveImage(source.imageTag(), out);
      }
      entries.add(entry(BundleManifest.IMAGE, image, false));
      var manifest =
          new BundleManifest(
              BundleManifest.FORMAT_VERSION,
              toolVersion,
              now,
              source.course().root().getFileName().toString(),
              source.commit(),
              source.dirty(),
              source.withSolutions(),
              source.imageId(),
              source.imageTag(),
              source.expectedTests(),
              entries);
      progress.accept("writing " + output + "...");
      MessageDigest whole = sha256();
      try (OutputStream file =
              new DigestOutputStream(
                  new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), whole);
          OutputStream body = compressed(target) ? new GZIPOutputStream(file, 1 << 16) : file;
          var tar = new TarArchiveOutputStream(body)) {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        byte[] manifestJson = manifest.toJson();
        put(tar, BundleManifest.MANIFEST, manifestJson.length, false, now);
        tar.write(manifestJson);
        tar.closeArchiveEntry();
        for (int i = 0; i < files.size(); i++) {
          copy(tar, entries.get(i), files.get(i).source(), now);
        }
        copy(tar, entries.get(entries.size() - 1), image, now);
        tar.finish();
      }
      long size = Files.size(partial);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return new Written(target, size, HexFormat.of().formatHex(whole.digest()), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(image);
      deleteQuietly(partial);
    }
  }

  private static boolean compressed(Path output) {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".gz") || name.endsWith(".tgz");
  }

  private static void put(
      TarArchiveOutputStream tar, String name, long size, boolean executable, Instant time)
      throws IOException {
    var entry = new TarArchiveEntry(name);
    entry.setSize(size);
    entry.setMode(executable ? 0100755 : 0100644);
    entry.setModTime(Date.from(time));
    entry.setUserId(0);
    entry.setGroupId(0);
    entry.setUserName("");
    entry.setGroupName("");
    tar.putArchiveEntry(entry);
  }

  /** Copies a file in, checking that it is still what the manifest says. */
  private static void copy(
      TarArchiveOutputStream tar, BundleManifest.Entry entry, Path source, Instant time)
      throws IOException {
    put(tar, entry.path(), entry.size(), entry.executable(), time);
    MessageDigest digest = sha256();
    long copied = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(source)) {
      for (int n; (n = in.read(buffer)) > 0 && copied + n <= entry.size(); ) {
        tar.write(buffer, 0, n);
        digest.update(buffer, 0, n);
        copied += n;
      }
    }
    if (copied != entry.size()
        || !HexFormat.of().formatHex(digest.digest()).equals(entry.sha256())) {
      throw ToolException.invalidInput(
          source + ": changed while the bundle was written; run again");
    }
    tar.closeArchiveEntry();
  }

  private static BundleManifest.Entry entry(String path, Path file, boolean executable) {
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        size += n;
      }
    } catch (IOException e) {
      throw ToolException.invalidInput(file + ": cannot read: " + e.getMessage());
    }
    return new BundleManifest.Entry(
        path, size, HexFormat.of().formatHex(digest.digest()), executable);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit();
      }
    }
  }
}
