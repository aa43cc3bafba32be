package hexlet.lesson.junit;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runner's command line. Hand-parsed: eight options do not justify a library inside a jar that
 * every Java lesson container loads.
 */
record RunnerOptions(
    Path lessonDir,
    List<Path> sourcePath,
    List<Path> classPath,
    Optional<Path> workDir,
    Optional<Path> results,
    Optional<Path> nonceFile,
    Optional<String> mainClass,
    boolean warmup,
    boolean help) {

  static final String USAGE =
      """
      usage: java -jar junit-runner.jar [options]

      Compiles the lesson's .java files (submission and tests) and runs the tests: JUnit Jupiter
      tests when there are any, else the main method of the test class (Hexlet's AppTest style)
      as one whole-lesson test. Writes JUnit XML at the end of the run.

        --dir DIR           lesson folder with the sources (default: the current folder)
        --source-path PATH  shared source roots compiled when used, separated by ':'
        --class-path PATH   extra jars or folders for compiling and running, separated by ':'
        --work DIR          folder for compiled classes (default: a new folder in java.io.tmpdir)
        --results FILE      where to write the JUnit XML (default: $HEXLET_RESULTS)
        --nonce-file FILE   read the run's key (bytes) from FILE, delete FILE before any lesson
                            code runs, and sign the results with it for the host to check
        --main CLASS        the test class whose main method is the test (default: the only
                            lesson class named *Test with a main method)
        --warmup            compile and run built-in sample lessons only (for a CDS archive)
        --help              this text

      exit codes: 0 every test passed, 1 a test failed, 2 usage, 3 compile error,
      4 no tests found, 5 the JVM began to exit before the tests finished, 70 internal error
      """;

  /**
   * @param env the process environment, for the results file's default
   * @throws IllegalArgumentException with a message for the user
   */
  static RunnerOptions parse(String[] args, Map<String, String> env) {
    Path lessonDir = Path.of(".");
    List<Path> sourcePath = new ArrayList<>();
    List<Path> classPath = new ArrayList<>();
    Optional<Path> workDir = Optional.empty();
    Optional<Path> results =
        Optional.ofNullable(env.get(ResultsConvention.RESULTS_ENV))
            .filter(s -> !s.isBlank())
            .map(Path::of);
    Optional<Path> nonceFile = Optional.empty();
    Optional<String> mainClass = Optional.empty();
    boolean warmup = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      switch (option) {
        case "--dir" -> lessonDir = Path.of(value(args, ++i, option));
        case "--source-path" -> sourcePath.addAll(paths(value(args, ++i, option)));
        case "--class-path" -> classPath.addAll(paths(value(args, ++i, option)));
        case "--work" -> workDir = Optional.of(Path.of(value(args, ++i, option)));
        case "--results" -> results = Optional.of(Path.of(value(args, ++i, option)));
        case "--nonce-file" -> nonceFile = Optional.of(Path.of(value(args, ++i, option)));
        case "--main" -> mainClass = Optional.of(value(args, ++i, option));
        case "--warmup" -> warmup = true;
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("unknown option: " + option);
      }
    }
    if (!warmup && !help && results.isEmpty()) {
      throw new IllegalArgumentException(
          "no results file: give --results FILE or set " + ResultsConvention.RESULTS_ENV);
    }
    return new RunnerOptions(
        lessonDir,
        List.copyOf(sourcePath),
        List.copyOf(classPath),
        workDir,
        results,
        nonceFile,
        mainClass,
        warmup,
        help);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static List<Path> paths(String joined) {
    return Arrays.stream(joined.split(File.pathSeparator))
        .filter(s -> !s.isEmpty())
        .map(Path::of)
        .toList();
  }
}
