package hexlet.lesson.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The engine runtime every container of a command runs with. */
final class RuntimeOption {
  @Option(
      names = "--runtime",
      paramLabel = "NAME",
      description =
          "Run each container with this runtime of the Docker engine, such as gVisor's runsc, for a"
              + " stronger boundary than the shared kernel (default: the engine's own, usually"
              + " runc).")
  String name;

  Optional<String> value() {
    return Optional.ofNullable(name);
  }
}
