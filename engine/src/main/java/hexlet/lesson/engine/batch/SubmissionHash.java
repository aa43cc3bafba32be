package hexlet.lesson.engine.batch;

import hexlet.lesson.engine.run.SandboxFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a submission's content: every file's path, executable bit and bytes, in path
 * order. The same files hash the same whether they came in a folder or in an archive.
 */
public final class SubmissionHash {
  private static final String FORMAT = "hexlet-lesson-submission-1";

  private SubmissionHash() {}

  public static String of(List<SandboxFile> files) {
    MessageDigest digest = sha256();
    digest.update(FORMAT.getBytes(StandardCharsets.UTF_8));
    for (SandboxFile file :
        files.stream().sorted(Comparator.comparing(SandboxFile::path)).toList()) {
      byte[] content = file.content();
      digest.update((byte) 0);
      digest.update(file.path().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update((byte) (file.executable() ? 'x' : 'f'));
      digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(content);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
