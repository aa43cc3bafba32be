package hexlet.lesson.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line in its own JVM, as bin/hexlet-lesson does, from a folder. */
record PackagedCli(int exitCode, String out, String err) {
  static final Path JAR = Path.of("target/hexlet-lesson.jar").toAbsolutePath();
  private static final long TIMEOUT_MINUTES = 15;

  static PackagedCli run(Path workingDir, String... args) throws IOException, InterruptedException {
    return run(workingDir, Map.of(), args);
  }

  /** Runs with {@code env} added to this JVM's environment. */
  static PackagedCli run(Path workingDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: integration tests run after package");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("hexlet-lesson-out", ".txt");
    Path err = Files.createTempFile("hexlet-lesson-err", ".txt");
    try {
      var builder =
          new ProcessBuilder(command)
              .directory(workingDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(
            String.join(" ", args) + " did not end in " + TIMEOUT_MINUTES + " minutes");
      }
      return new PackagedCli(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Everything the run printed, for assertion messages. */
  String transcript() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
