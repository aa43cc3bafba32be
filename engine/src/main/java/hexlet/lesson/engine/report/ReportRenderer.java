package hexlet.lesson.engine.report;

/** Turns a report into the text of one format. */
public interface ReportRenderer {
  String render(Report report);
}
