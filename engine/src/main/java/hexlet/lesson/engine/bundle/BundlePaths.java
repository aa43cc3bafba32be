package hexlet.lesson.engine.bundle;

/**
 * The names a bundle may hold: the manifest, the image archive, and files under {@code course/}
 * given as relative paths with {@code /} separators, no {@code .} or {@code ..} segment, nothing
 * empty and no control characters, so that no entry can land outside the folder it is extracted to.
 */
final class BundlePaths {
  private BundlePaths() {}

  /** Why the name is refused, or null when it is fine. */
  static String problem(String name) {
    if (name.equals(BundleManifest.MANIFEST) || name.equals(BundleManifest.IMAGE)) {
      return null;
    }
    if (name.startsWith("/")) {
      return "absolute paths are not allowed";
    }
    if (name.indexOf('\\') >= 0) {
      return "backslashes are not allowed";
    }
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7f) {
        return "control characters are not allowed";
      }
    }
    for (String segment : name.split("/", -1)) {
      if (segment.equals("..")) {
        return "'..' is not allowed";
      }
      if (segment.equals(".")) {
        return "'.' segments are not allowed";
      }
      if (segment.isEmpty()) {
        return "empty path segment";
      }
    }
    if (!name.startsWith(BundleManifest.COURSE)) {
      return "only manifest.json, image.tar and files under course/ belong in a bundle";
    }
    return null;
  }
}
