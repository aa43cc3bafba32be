package hexlet.lesson.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small courses written into a temporary folder for tests. */
public final class TestCourses {
  private TestCourses() {}

  /**
   * A Python course in Hexlet's layout with one lesson, {@code 10-basics/10-hello}, whose reference
   * returns 'Hello, World!' between BEGIN and END markers and whose test checks it.
   */
  public static Path python(Path root) {
    write(
        root.resolve("spec.yml"),
        """
        language:
          docker_image: hexlet-lesson-test/python
          extension: py
          exercise_filename: solution.py
          exercise_test_filename: test_solution.py
          learn_as: first_language
          progress: completed
          name: Python
        """);
    write(root.resolve("description.en.yml"), "title: Test\nheader: Test\ndescription: Test\n");
    write(
        root.resolve("Dockerfile"),
        """
        FROM debian:bookworm-slim
        RUN apt-get update \\
         && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \\
            python3 python3-pytest make \\
         && rm -rf /var/lib/apt/lists/*
        WORKDIR /exercises-python
        COPY . .
        """);
    lesson(
        root,
        "10-basics/10-hello",
        """
        def hello():
            # BEGIN
            return 'Hello, World!'
            # END
        """,
        """
        from solution import hello


        def test_hello():
            assert hello() == 'Hello, World!'


        def test_hello_is_text():
            assert isinstance(hello(), str)
        """);
    return root;
  }

  /** Adds a lesson with a reference solution, a test file and a Makefile {@code test} target. */
  public static Path lesson(Path root, String id, String solution, String tests) {
    Path dir = root.resolve("modules").resolve(id);
    write(dir.resolve("solution.py"), solution);
    write(dir.resolve("test_solution.py"), tests);
    write(dir.resolve("Makefile"), "test:\n\tpython3 -m pytest -q test_solution.py\n");
    write(dir.resolve("en/README.md"), "# Lesson\n");
    write(dir.resolve("en/EXERCISE.md"), "Do it.\n");
    write(dir.resolve("en/data.yml"), "name: Lesson\n");
    return dir;
  }

  public static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
