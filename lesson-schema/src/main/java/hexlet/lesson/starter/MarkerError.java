package hexlet.lesson.starter;

/** A misplaced BEGIN or END marker, at a 1-based line and column. */
public record MarkerError(int line, int column, String message) {}
