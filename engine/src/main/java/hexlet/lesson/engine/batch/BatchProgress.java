package hexlet.lesson.engine.batch;

/** Told as a batch goes, from the threads that grade. */
public interface BatchProgress {
  /** Before the first submission. */
  void started(int submissions);

  /** After each submission, graded or not. */
  void finished(LearnerResult result);

  BatchProgress NONE =
      new BatchProgress() {
        @Override
        public void started(int submissions) {}

        @Override
        public void finished(LearnerResult result) {}
      };
}
