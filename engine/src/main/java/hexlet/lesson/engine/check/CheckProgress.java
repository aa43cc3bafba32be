package hexlet.lesson.engine.check;

/** Told as a check goes, from the threads that run the lessons. */
public interface CheckProgress {
  void started(int lessons);

  void finished(LessonCheck lesson);

  CheckProgress NONE =
      new CheckProgress() {
        @Override
        public void started(int lessons) {}

        @Override
        public void finished(LessonCheck lesson) {}
      };
}
