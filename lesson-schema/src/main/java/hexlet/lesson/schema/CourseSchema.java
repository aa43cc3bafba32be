package hexlet.lesson.schema;

/** The JSON Schemas (draft-07) that course files follow, shipped under {@code /schemas}. */
public enum CourseSchema {
  /** {@code spec.yml} at the course root. */
  SPEC("spec.json"),
  /** {@code description.<locale>.yml} at the course root. */
  COURSE_DESCRIPTION("course-description.json"),
  /** {@code description.<locale>.yml} in a module folder. */
  MODULE_DESCRIPTION("module-description.json"),
  /** {@code <locale>/data.yml} in a lesson folder. */
  LESSON_DATA("lesson-data.json"),
  /** {@code lesson.yml} in a lesson folder: our grading extension. */
  LESSON("lesson.json");

  private final String file;

  CourseSchema(String file) {
    this.file = file;
  }

  /** The resource's file name under {@code /schemas}. */
  public String file() {
    return file;
  }
}
