package hexlet.lesson.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestPlan;

/**
 * One run: find the lesson's sources, compile them with the tests, then run the JUnit tests, or
 * else the test class's main method, recording every outcome in the given recorder.
 */
final class LessonRun {
  private final Path lessonDir;
  private final List<Path> sourcePath;
  private final List<Path> extraClassPath;
  private final Optional<String> mainClass;
  private final Path classesDir;

  /**
   * @param classesDir where compiled classes go: a writable, initially empty folder (inside a
   *     container, on a tmpfs)
   */
  LessonRun(
      Path lessonDir,
      List<Path> sourcePath,
      List<Path> extraClassPath,
      Optional<String> mainClass,
      Path classesDir) {
    this.lessonDir = lessonDir.toAbsolutePath().normalize();
    this.sourcePath = List.copyOf(sourcePath);
    this.extraClassPath = List.copyOf(extraClassPath);
    this.mainClass = mainClass;
    this.classesDir = classesDir;
  }

  RunReport run(OutcomeRecorder recorder) {
    List<Path> sources = sources();
    if (sources.isEmpty()) {
      return RunReport.runError(ExitStatus.NO_TESTS, "no .java files in " + lessonDir);
    }
    List<Path> classPath = new ArrayList<>(testLibraries());
    classPath.addAll(extraClassPath);
    LessonCompiler.Compilation compilation =
        new LessonCompiler(lessonDir, sourcePath, classPath).compile(sources, classesDir);
    if (!compilation.ok()) {
      return new RunReport(
          List.of(
              TestOutcome.runError(
                  "compile",
                  ResultsConvention.COMPILE_ERROR_TYPE,
                  compilation.message(),
                  compilation.details())),
          ExitStatus.COMPILE);
    }
    URLClassLoader loader = learnerLoader();
    // Learner code may use the plain assert statement, as Hexlet's jshell lessons did with -ea.
    loader.setDefaultAssertionStatus(true);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      List<Class<?>> classes = load(loader, compilation.lessonClasses());
      JupiterRun jupiter = new JupiterRun();
      TestPlan plan = jupiter.discover(classes);
      if (plan.containsTests()) {
        jupiter.execute(plan, recorder);
        return recorder.report();
      }
      Optional<Class<?>> mainTest = MainMethodRun.find(classes, mainClass);
      if (mainTest.isEmpty()) {
        return RunReport.runError(
            ExitStatus.NO_TESTS,
            "no JUnit tests and no test class with a main method among "
                + String.join(", ", compilation.lessonClasses()));
      }
      MainMethodRun.run(mainTest.get(), recorder);
      return recorder.report();
    } catch (IllegalArgumentException e) {
      return RunReport.runError(ExitStatus.USAGE, e.getMessage());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Every {@code .java} file under the lesson folder, except in hidden folders; sorted. */
  private List<Path> sources() {
    try (Stream<Path> files = Files.walk(lessonDir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".java"))
          .filter(Files::isRegularFile)
          .filter(p -> !isHidden(lessonDir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private URLClassLoader learnerLoader() {
    List<URL> urls = new ArrayList<>();
    try {
      urls.add(classesDir.toUri().toURL());
      for (Path entry : extraClassPath) {
        urls.add(entry.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    // Unnamed, so stack traces read "App.main(App.java:3)" without a loader prefix.
    return new URLClassLoader(urls.toArray(URL[]::new), LessonRun.class.getClassLoader());
  }

  private static List<Class<?>> load(ClassLoader loader, List<String> names) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      try {
        classes.add(Class.forName(name, false, loader));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("compiled class not found: " + name, e);
      }
    }
    return classes;
  }

  /**
   * Where JUnit and AssertJ come from, for the compiler: the runner's own jar once shaded, the
   * separate library jars when the runner runs from its build folder (its own tests).
   */
  static List<Path> testLibraries() {
    Set<Path> locations = new LinkedHashSet<>();
    for (Class<?> marker :
        List.of(
            LessonRun.class,
            org.junit.jupiter.api.Test.class,
            org.junit.jupiter.params.ParameterizedTest.class,
            org.assertj.core.api.Assertions.class,
            org.opentest4j.AssertionFailedError.class,
            org.apiguardian.api.API.class)) {
      try {
        locations.add(Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(locations);
  }
}
