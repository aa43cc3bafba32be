package hexlet.lesson.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a reference solution into the learner's starter: the lines between a {@code BEGIN} and an
 * {@code END} marker comment are removed, the markers stay so the learner sees where to write. A
 * solution without markers gives an empty starter.
 */
public final class StarterExtractor {
  // A marker is a whole comment line: "# BEGIN", "// END", optionally followed by a remark.
  private static final Pattern MARKER = Pattern.compile("^\\s*(#|//|--|;)\\s*(BEGIN|END)\\b.*$");

  /** The outcome: the starter text, or the marker errors that prevent making one. */
  public record Result(String starter, boolean hasMarkers, List<MarkerError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public Result extract(String reference) {
    List<String> kept = new ArrayList<>();
    List<MarkerError> errors = new ArrayList<>();
    String[] lines = reference.split("\n", -1);
    int openLine = 0;
    boolean sawMarker = false;
    for (int i = 0; i < lines.length; i++) {
      var m = MARKER.matcher(lines[i]);
      int lineNo = i + 1;
      if (m.matches()) {
        sawMarker = true;
        int column = m.start(1) + 1;
        boolean begin = m.group(2).equals("BEGIN");
        if (begin && openLine != 0) {
          errors.add(
              new MarkerError(
                  lineNo,
                  column,
                  "BEGIN inside the block opened at line " + openLine + " (nested)"));
        } else if (begin) {
          openLine = lineNo;
        } else if (openLine == 0) {
          errors.add(new MarkerError(lineNo, column, "END without a BEGIN before it"));
        } else {
          openLine = 0;
        }
        kept.add(lines[i]);
      } else if (openLine == 0) {
        kept.add(lines[i]);
      }
    }
    if (openLine != 0) {
      errors.add(new MarkerError(openLine, 1, "BEGIN without a matching END"));
    }
    if (!sawMarker) {
      return new Result("", false, errors);
    }
    return new Result(String.join("\n", kept), true, errors);
  }
}
