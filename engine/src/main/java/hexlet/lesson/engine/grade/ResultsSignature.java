package hexlet.lesson.engine.grade;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the project's runners sign their results, and how the grader checks them: an HMAC-SHA256 of
 * the whole JUnit XML document (its UTF-8 bytes) under the run's key, in lowercase hex, as the
 * value of the {@link ResultsConvention#SIGNATURE_PROPERTY} suite property, which is empty while
 * the document is signed.
 *
 * <p>The key is random bytes that the runner reads from a file and deletes before any lesson code
 * runs. It is never written anywhere and has no recognisable form, so code under test that scans
 * its own process's memory finds nothing to sign a document of its own with; and a signature seen
 * in memory signs only the document it was made for.
 */
public final class ResultsSignature {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int HEX_LENGTH = 64;

  private ResultsSignature() {}

  /**
   * Signs a document whose signature property has an empty value, as the runners do.
   *
   * @throws IllegalArgumentException when the document lacks that empty property
   */
  public static String sign(String xml, byte[] key) {
    String empty = emptyProperty();
    int at = xml.indexOf(empty);
    if (at < 0) {
      throw new IllegalArgumentException("no empty " + ResultsConvention.SIGNATURE_PROPERTY);
    }
    String valueStart = empty.substring(0, empty.length() - "\"/>".length());
    return xml.substring(0, at)
        + valueStart
        + hmac(xml, key)
        + xml.substring(at + valueStart.length());
  }

  /**
   * Whether {@code signature}, the value of the document's one signature property, signs the rest
   * of the document under {@code key}.
   */
  public static boolean verify(String xml, String signature, byte[] key) {
    if (signature.length() != HEX_LENGTH || !signature.matches("[0-9a-f]+")) {
      return false;
    }
    int at = xml.indexOf(signature);
    if (at < 0 || xml.indexOf(signature, at + 1) >= 0) {
      return false;
    }
    String unsigned = xml.substring(0, at) + xml.substring(at + signature.length());
    return MessageDigest.isEqual(
        hmac(unsigned, key).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static String emptyProperty() {
    return "<property name=\"" + ResultsConvention.SIGNATURE_PROPERTY + "\" value=\"\"/>";
  }

  private static String hmac(String text, byte[] key) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
    }
  }
}
