package hexlet.lesson.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "hexlet-lesson",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Scaffold, validate, build and grade programming courses kept as git repositories.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0   success",
      "  1   findings, or failed tests",
      "  2   usage error",
      "  3   unreadable or invalid input",
      "  4   environment: Docker unreachable, image missing",
      "  70  internal error (rerun with --verbose and report it)",
      "  130 interrupted (Ctrl-C); the run's containers are removed"
    })
final class HexletLesson implements Runnable {
  /**
   * Every subcommand, in the order help lists them. Picocli reads a command's annotations through
   * reflection when it is added, which every start pays for, so only the subcommand a command line
   * names is added; all of them when it names none (help) or for completion.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InitCommand.class,
          NewCommand.class,
          ValidateCommand.class,
          StarterCommand.class,
          BuildCommand.class,
          GradeCommand.class,
          CheckCommand.class,
          GradeBatchCommand.class,
          PackageCommand.class,
          DoctorCommand.class,
          AutoComplete.GenerateCompletion.class);

  static void addSubcommands(CommandLine commandLine, String... args) {
    named(args)
        .ifPresentOrElse(
            commandLine::addSubcommand, () -> SUBCOMMANDS.forEach(commandLine::addSubcommand));
  }

  /** The subcommand a command line names, if it names one (completion needs them all). */
  static Optional<Class<?>> named(String... args) {
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
    if (named != null && !named.equals("generate-completion")) {
      for (Class<?> command : SUBCOMMANDS) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation.name().equals(named)
            || Arrays.asList(annotation.aliases()).contains(named)) {
          return Optional.of(command);
        }
      }
    }
    return Optional.empty();
  }

  @Mixin GlobalOptions global = new GlobalOptions();

  private final Console console;
  private final Map<String, String> env;

  HexletLesson(Console console, Map<String, String> env) {
    this.console = console;
    this.env = Map.copyOf(env);
  }

  Console console() {
    return console;
  }

  /** The environment the command line runs in (DOCKER_HOST and friends, CI, NO_COLOR). */
  Map<String, String> env() {
    return env;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this), "Missing command: see hexlet-lesson --help");
  }
}
