package hexlet.lesson.engine.bundle;

import hexlet.lesson.core.ToolException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Opens a course bundle: checks every entry against the manifest while extracting it into a new
 * temporary folder, and refuses the bundle, removing what was extracted, when anything is off: an
 * entry that is not a regular file (a link, a device, a folder), a name with {@code ..} or an
 * absolute path, an entry the manifest does not list or lists with another size or checksum, an
 * entry listed but missing, or the manifest not first. Every problem found is named.
 */
public final class BundleReader {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private final Path tempRoot;

  /**
   * @param tempRoot where the temporary folder is made, such as {@code java.io.tmpdir}
   */
  public BundleReader(Path tempRoot) {
    this.tempRoot = tempRoot;
  }

  /**
   * Opens the bundle.
   *
   * @param extractImage whether to extract {@code image.tar} (its checksum is checked either way):
   *     not needed when the engine has the manifest's image already
   */
  public OpenedBundle open(Path bundle, Predicate<BundleManifest> extractImage) {
    if (!Files.isRegularFile(bundle)) {
      throw ToolException.invalidInput(bundle + ": no such bundle file");
    }
    Path folder;
    try {
      folder = Files.createTempDirectory(tempRoot, "hexlet-lesson-bundle-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var opened = new OpenedBundle(folder);
    try {
      opened.manifest(extract(bundle, folder, extractImage));
      return opened;
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  private BundleManifest extract(Path bundle, Path folder, Predicate<BundleManifest> extractImage) {
    String source = bundle.toString();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(bundle), 1 << 16);
        InputStream body = decompressed(raw);
        var tar = new TarArchiveInputStream(body)) {
      TarArchiveEntry first = tar.getNextEntry();
      if (first == null) {
        throw BundleManifest.refused(source, "not a bundle: the archive is empty");
      }
      if (!first.getName().equals(BundleManifest.MANIFEST) || !first.isFile()) {
        throw BundleManifest.refused(
            source, "the first entry must be manifest.json, not '" + first.getName() + "'");
      }
      if (first.getSize() > BundleManifest.MAX_BYTES) {
        throw BundleManifest.refused(source, "manifest.json is too large to be a manifest");
      }
      BundleManifest manifest = BundleManifest.parse(tar.readAllBytes(), source);
      boolean withImage = extractImage.test(manifest);
      Map<String, BundleManifest.Entry> expected = new LinkedHashMap<>();
      manifest.entries().forEach(e -> expected.put(e.path(), e));
      Set<String> seen = new HashSet<>();
      List<String> problems = new ArrayList<>();
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        String name = entry.getName();
        String kind = kind(entry);
        if (kind != null) {
          throw BundleManifest.refused(
              source, "entry '" + name + "' is " + kind + "; a bundle holds regular files only");
        }
        String problem = BundlePaths.problem(name);
        if (problem != null) {
          throw BundleManifest.refused(source, "entry '" + name + "': " + problem);
        }
        BundleManifest.Entry listed = expected.get(name);
        if (listed == null || name.equals(BundleManifest.MANIFEST)) {
          problems.add("unexpected entry " + name + " (not in the manifest)");
          continue;
        }
        if (!seen.add(name)) {
          problems.add("entry " + name + " appears twice");
          continue;
        }
        if (entry.getSize() != listed.size()) {
          problems.add(
              "entry "
                  + name
                  + " has "
                  + entry.getSize()
                  + " bytes, the manifest says "
                  + listed.size());
          continue;
        }
        Path target = null;
        if (!name.equals(BundleManifest.IMAGE) || withImage) {
          target = folder.resolve(name);
          if (!target.normalize().startsWith(folder)) {
            throw BundleManifest.refused(source, "entry '" + name + "' would land outside");
          }
          Files.createDirectories(target.getParent());
        }
        String sha = copy(tar, target);
        if (!sha.equals(listed.sha256())) {
          problems.add(
              "checksum of " + name + " does not match the manifest (the file was changed)");
        } else if (target != null && listed.executable()) {
          target.toFile().setExecutable(true, false);
        }
      }
      for (String name : expected.keySet()) {
        if (!seen.contains(name)) {
          problems.add("entry " + name + " is in the manifest but missing from the bundle");
        }
      }
      if (!problems.isEmpty()) {
        throw BundleManifest.refused(
            source, "the bundle was changed or damaged:\n  - " + String.join("\n  - ", problems));
      }
      return manifest;
    } catch (IOException e) {
      throw BundleManifest.refused(
          source,
          "not a readable bundle ("
              + e.getMessage()
              + "): the file is damaged, cut short or not made by `hexlet-lesson package`;"
              + " compare its SHA-256 (sha256sum) with the one package printed");
    }
  }

  /** What kind of entry it is when not a regular file; null for a regular file. */
  private static String kind(TarArchiveEntry entry) {
    if (entry.isSymbolicLink()) {
      return "a symbolic link";
    }
    if (entry.isLink()) {
      return "a hard link";
    }
    if (entry.isCharacterDevice() || entry.isBlockDevice()) {
      return "a device";
    }
    if (entry.isFIFO()) {
      return "a pipe";
    }
    if (entry.isDirectory()) {
      return "a folder";
    }
    return entry.isFile() ? null : "not a regular file";
  }

  private static InputStream decompressed(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == GZIP_MAGIC_1 && b == GZIP_MAGIC_2 ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Copies the entry's content to the file (or nowhere) and returns its SHA-256. */
  private static String copy(InputStream in, Path target) throws IOException {
    MessageDigest digest = BundleWriter.sha256();
    byte[] buffer = new byte[1 << 16];
    try (OutputStream out =
        target == null
            ? OutputStream.nullOutputStream()
            : Files.newOutputStream(
                target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
