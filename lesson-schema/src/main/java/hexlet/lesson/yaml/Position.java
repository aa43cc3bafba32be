package hexlet.lesson.yaml;

/** A 1-based line and column in a source file; {@link #WHOLE_FILE} is 0:0. */
public record Position(int line, int column) {
  public static final Position WHOLE_FILE = new Position(0, 0);
  public static final Position START = new Position(1, 1);
}
