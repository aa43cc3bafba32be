package hexlet.lesson.engine.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** A tar file's entries in memory, to change a bundle the way an attacker or a bad disk would. */
final class TarEntries {
  /** One entry: its header (name, type, link) and content. */
  record Item(TarArchiveEntry header, byte[] content) {
    static Item file(String name, byte[] content) {
      var header = new TarArchiveEntry(name, true);
      header.setSize(content.length);
      return new Item(header, content);
    }

    static Item of(String name, byte type, String link) {
      var header = new TarArchiveEntry(name, type);
      header.setLinkName(link);
      return new Item(header, new byte[0]);
    }

    String name() {
      return header.getName();
    }

    Item withContent(byte[] bytes) {
      var copy = new TarArchiveEntry(header.getName());
      copy.setSize(bytes.length);
      copy.setMode(header.getMode());
      return new Item(copy, bytes);
    }
  }

  private TarEntries() {}

  static List<Item> read(Path tar) throws IOException {
    List<Item> items = new ArrayList<>();
    try (InputStream in = Files.newInputStream(tar);
        var archive = new TarArchiveInputStream(in)) {
      for (TarArchiveEntry e; (e = archive.getNextEntry()) != null; ) {
        items.add(new Item(e, archive.readAllBytes()));
      }
    }
    return items;
  }

  static void write(Path tar, List<Item> items) throws IOException {
    try (OutputStream out = Files.newOutputStream(tar);
        var archive = new TarArchiveOutputStream(out)) {
      archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Item item : items) {
        archive.putArchiveEntry(item.header());
        archive.write(item.content());
        archive.closeArchiveEntry();
      }
    }
  }
}
