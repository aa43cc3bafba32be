package hexlet.lesson.engine.report;

/** One learner's report of one lesson, a row of the gradebook. */
public record GradebookEntry(String learner, Report report) {}
