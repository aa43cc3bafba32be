package hexlet.lesson.junit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;

/**
 * Hexlet's Java lessons test with a plain class ({@code AppTest}, {@code Test}) whose {@code main}
 * method calls the solution and asserts with AssertJ; such a lesson is one whole-lesson test that
 * passes when {@code main} returns and fails when it throws.
 */
final class MainMethodRun {
  static final String TEST_NAME = "main";

  private MainMethodRun() {}

  /**
   * The class whose main method tests the lesson: the named one, else the only lesson class whose
   * simple name ends in {@code Test} and that has {@code public static void main(String[])}.
   *
   * @throws IllegalArgumentException when the named class has no such method, or several classes
   *     qualify
   */
  static Optional<Class<?>> find(List<Class<?>> lessonClasses, Optional<String> named) {
    if (named.isPresent()) {
      Class<?> chosen =
          lessonClasses.stream()
              .filter(c -> c.getName().equals(named.get()))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no lesson class " + named.get()));
      if (mainOf(chosen).isEmpty()) {
        throw new IllegalArgumentException(
            named.get() + " has no method public static void main(String[])");
      }
      return Optional.of(chosen);
    }
    List<Class<?>> candidates =
        lessonClasses.stream()
            .filter(c -> c.getSimpleName().endsWith("Test"))
            .filter(c -> mainOf(c).isPresent())
            .toList();
    if (candidates.size() > 1) {
      throw new IllegalArgumentException(
          "several test classes with a main method ("
              + String.join(", ", candidates.stream().map(Class::getName).toList())
              + "); name one with --main");
    }
    return candidates.stream().findFirst();
  }

  static void run(Class<?> testClass, OutcomeRecorder recorder) {
    Method main = mainOf(testClass).orElseThrow();
    String id = "main:" + testClass.getName();
    recorder.begin(id, testClass.getName(), TEST_NAME);
    try {
      main.setAccessible(true);
      main.invoke(null, (Object) new String[0]);
      recorder.finish(id, null, false);
    } catch (InvocationTargetException e) {
      recorder.finish(id, OutcomeRecorder.describe(e.getCause()), false);
    } catch (IllegalAccessException e) {
      recorder.finish(id, OutcomeRecorder.describe(e), false);
    }
  }

  private static Optional<Method> mainOf(Class<?> type) {
    try {
      Method main = type.getDeclaredMethod("main", String[].class);
      int modifiers = main.getModifiers();
      return Modifier.isStatic(modifiers) && main.getReturnType() == void.class
          ? Optional.of(main)
          : Optional.empty();
    } catch (NoSuchMethodException | LinkageError e) {
      return Optional.empty();
    }
  }
}
