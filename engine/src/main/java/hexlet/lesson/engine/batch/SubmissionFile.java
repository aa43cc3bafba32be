package hexlet.lesson.engine.batch;

/** A file of a submission, by its path relative to the lesson folder. */
public record SubmissionFile(String path, byte[] content, boolean executable) {
  public SubmissionFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  int size() {
    return content.length;
  }
}
