package hexlet.lesson.engine.run;

import hexlet.lesson.core.ToolException;

/**
 * The rule for every path that goes into a container: relative, with {@code /} separators, no
 * {@code .} or {@code ..} segment, nothing empty, no control characters. Checked before anything
 * starts, so a hostile name can never place a file outside its folder.
 */
public final class SafePath {
  private SafePath() {}

  /** Returns the path when it is safe; throws an invalid-input error naming it otherwise. */
  public static String check(String path) {
    String problem = problem(path);
    if (problem != null) {
      throw ToolException.invalidInput("refused path '" + path + "': " + problem);
    }
    return path;
  }

  /** Why the path is refused, or null when it is safe. */
  public static String problem(String path) {
    if (path == null || path.isEmpty()) {
      return "empty";
    }
    if (path.startsWith("/")) {
      return "absolute paths are not allowed";
    }
    if (path.indexOf('\\') >= 0) {
      return "backslashes are not allowed";
    }
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
        return "control characters are not allowed";
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return "empty path segment";
      }
      if (segment.equals("..")) {
        return "'..' is not allowed";
      }
      if (segment.equals(".")) {
        return "'.' segments are not allowed";
      }
    }
    return null;
  }
}
