package hexlet.lesson.engine.image;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} file, matched as Docker's legacy builder does: Go-style
 * globs plus {@code **}, {@code !} re-includes, the last matching rule wins, and a rule that
 * matches a folder covers everything inside it.
 */
public final class DockerIgnore {
  private record Rule(Pattern pattern, boolean include) {}

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static final DockerIgnore NONE = new DockerIgnore(List.of());

  public static DockerIgnore parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean include = line.startsWith("!");
      if (include) {
        line = line.substring(1).strip();
      }
      String cleaned = clean(line);
      if (cleaned.isEmpty()) {
        continue;
      }
      rules.add(new Rule(Pattern.compile(regex(cleaned)), include));
    }
    return new DockerIgnore(rules);
  }

  /** Whether a path relative to the context root, with {@code /} separators, is left out. */
  public boolean excludes(String path) {
    boolean excluded = false;
    for (Rule rule : rules) {
      if (matchesOrParentMatches(rule.pattern, path)) {
        excluded = !rule.include;
      }
    }
    return excluded;
  }

  private static boolean matchesOrParentMatches(Pattern pattern, String path) {
    if (pattern.matcher(path).matches()) {
      return true;
    }
    int slash = path.lastIndexOf('/');
    while (slash > 0) {
      path = path.substring(0, slash);
      if (pattern.matcher(path).matches()) {
        return true;
      }
      slash = path.lastIndexOf('/');
    }
    return false;
  }

  /** Like Go's filepath.Clean on a relative pattern, with a leading slash dropped. */
  private static String clean(String pattern) {
    List<String> parts = new ArrayList<>();
    for (String part : pattern.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  private static String regex(String glob) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        i += 2;
        if (i < glob.length() && glob.charAt(i) == '/') {
          re.append("(?:.*/)?");
          i++;
        } else {
          re.append(".*");
        }
        continue;
      }
      switch (c) {
        case '*' -> re.append("[^/]*");
        case '?' -> re.append("[^/]");
        case '[' -> {
          int end = glob.indexOf(']', i + 1);
          if (end < 0) {
            re.append("\\[");
          } else {
            String body = glob.substring(i + 1, end);
            if (body.startsWith("^") || body.startsWith("!")) {
              body = "^" + body.substring(1);
            }
            re.append('[').append(body.replace("\\", "\\\\")).append(']');
            i = end;
          }
        }
        case '\\' -> {
          if (i + 1 < glob.length()) {
            i++;
            re.append(Pattern.quote(String.valueOf(glob.charAt(i))));
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return re.toString();
  }
}
