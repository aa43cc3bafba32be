package hexlet.lesson.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads course files as UTF-8 text, defensively: only regular files, never more than a limit (a
 * pipe or a huge file must not hang or exhaust the validator), and with the position of the first
 * byte that is not UTF-8 text.
 */
public final class TextFileReader {
  /** Course text files are small; anything over this is a mistake, such as a committed dump. */
  public static final long DEFAULT_LIMIT = 1L << 20;

  private final long limit;

  public TextFileReader() {
    this(DEFAULT_LIMIT);
  }

  public TextFileReader(long limit) {
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  public TextContent read(Path file) {
    if (Files.isDirectory(file)) {
      return refused(TextProblem.Kind.UNREADABLE, "expected a file, found a folder");
    }
    if (!Files.isRegularFile(file)) {
      return refused(
          TextProblem.Kind.UNREADABLE,
          Files.exists(file) ? "not a regular file (a device or a pipe?)" : "does not exist");
    }
    byte[] bytes;
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      if (size > limit) {
        return tooLarge();
      }
      // Sized from the file, plus one byte to notice a file that grows while being read.
      ByteBuffer buffer = ByteBuffer.allocate((int) size + 1);
      while (buffer.hasRemaining() && channel.read(buffer) > 0) {
        if (!buffer.hasRemaining() && buffer.capacity() <= limit) {
          buffer = grow(buffer);
        }
      }
      if (buffer.position() > limit) {
        return tooLarge();
      }
      bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
    } catch (NoSuchFileException e) {
      return refused(TextProblem.Kind.UNREADABLE, "does not exist");
    } catch (IOException | SecurityException e) {
      return refused(TextProblem.Kind.UNREADABLE, "cannot be read: " + reason(e));
    }
    return decode(bytes);
  }

  private TextContent tooLarge() {
    return refused(
        TextProblem.Kind.TOO_LARGE,
        "larger than %s; course text files must stay under that".formatted(size(limit)));
  }

  private ByteBuffer grow(ByteBuffer buffer) {
    int capacity = (int) Math.min(limit + 1, Math.max(8192L, buffer.capacity() * 2L));
    ByteBuffer bigger = ByteBuffer.allocate(capacity);
    buffer.flip();
    return bigger.put(buffer);
  }

  /** Decodes UTF-8 text, reporting the first malformed byte or NUL byte with its position. */
  public static TextContent decode(byte[] bytes) {
    int start = hasBom(bytes) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return refusedAt(bytes, start, i, "binary data (a NUL byte), not text");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      return refusedAt(
          bytes,
          start,
          offset,
          "not UTF-8 text (byte 0x%02X); save the file as UTF-8".formatted(bytes[offset] & 0xff));
    }
    out.flip();
    return TextContent.of(out.toString());
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
  }

  /** The line and column of byte {@code offset}, counting columns in characters. */
  private static TextContent refusedAt(byte[] bytes, int start, int offset, String message) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    return TextContent.refused(new TextProblem(TextProblem.Kind.ENCODING, line, column, message));
  }

  private static TextContent refused(TextProblem.Kind kind, String message) {
    return TextContent.refused(new TextProblem(kind, 0, 0, message));
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  static String size(long bytes) {
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
