package hexlet.lesson.engine.bundle;

import hexlet.lesson.engine.run.SafePath;

/**
 * The names a bundle may hold: the manifest, the image archive, and files under {@code course/}
 * whose paths are safe by the rule for every path that goes into a container ({@link SafePath}), so
 * that no entry can land outside the folder it is extracted to.
 */
final class BundlePaths {
  private BundlePaths() {}

  /** Why the name is refused, or null when it is fine. */
  static String problem(String name) {
    if (name.equals(BundleManifest.MANIFEST) || name.equals(BundleManifest.IMAGE)) {
      return null;
    }
    String problem = SafePath.problem(name);
    if (problem != null) {
      return problem;
    }
    if (!name.startsWith(BundleManifest.COURSE)) {
      return "only manifest.json, image.tar and files under course/ belong in a bundle";
    }
    return null;
  }
}
