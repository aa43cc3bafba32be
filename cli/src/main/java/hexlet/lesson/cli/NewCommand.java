package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseModule;
import hexlet.lesson.scaffold.Plan;
import hexlet.lesson.scaffold.Scaffolder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Add a module or a lesson to the course, from the course's templates.",
    synopsisSubcommandLabel = "(module | lesson)",
    subcommands = {NewCommand.ModuleCommand.class, NewCommand.LessonCommand.class})
final class NewCommand implements Runnable {
  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing what to create: new module NAME, or new lesson NAME");
  }

  /** What both subcommands share: the name, the course and the dry run. */
  abstract static class Creation extends BaseCommand {
    @Parameters(
        arity = "1..*",
        paramLabel = "NAME",
        description =
            "The name as learners read it; the folder gets its slug: \"Hello, World!\""
                + " becomes NN-hello-world.")
    List<String> words;

    @Mixin CourseOption courseOption;

    @Option(names = "--dry-run", description = "Print the files it would create; create nothing.")
    boolean dryRun;

    @Override
    protected int run() {
      Course course = courseOption.load(start());
      Plan plan = plan(new Scaffolder(), course, String.join(" ", words));
      if (!dryRun) {
        plan.write();
      }
      PlanPrinter.print(console(), plan, dryRun);
      return ExitCodes.OK;
    }

    abstract Plan plan(Scaffolder scaffolder, Course course, String name);

    /** Where the command stands: the folder given with --course, or else the current one. */
    Path start() {
      return courseOption.course != null ? courseOption.course : Path.of("");
    }
  }

  @Command(
      name = "module",
      mixinStandardHelpOptions = true,
      description = {
        "Add a module after the last one (numbers go in steps of 10), with a description file"
            + " for every locale of the course.",
        "Exit 3 when a module with the same name exists."
      })
  static final class ModuleCommand extends Creation {
    @Override
    Plan plan(Scaffolder scaffolder, Course course, String name) {
      return scaffolder.module(course, name);
    }
  }

  @Command(
      name = "lesson",
      mixinStandardHelpOptions = true,
      description = {
        "Add a lesson at the end of a module (the one you are in, or the last): a reference solution with BEGIN/END markers, tests"
            + " that fail on the starter, a Makefile, and theory, task and data.yml for every"
            + " locale of the course.",
        "Exit 3 when a lesson with the same name exists in the module."
      })
  static final class LessonCommand extends Creation {
    @Option(
        names = "--module",
        paramLabel = "M",
        description =
            "The module: its folder (10-basics), number (10) or name (basics)."
                + " Default: the module the current folder (or --course) is in, else the last"
                + " module.")
    String module;

    @Override
    Plan plan(Scaffolder scaffolder, Course course, String name) {
      return scaffolder.lesson(
          course, name, Optional.ofNullable(module).or(() -> moduleAt(course, start())));
    }

    /** The folder of the module that {@code place} lies in, if it lies in one. */
    private static Optional<String> moduleAt(Course course, Path place) {
      Path at = place.toAbsolutePath().normalize();
      return course.modules().stream()
          .map(CourseModule::dir)
          .filter(dir -> at.startsWith(dir.toAbsolutePath().normalize()))
          .map(dir -> dir.getFileName().toString())
          .findFirst();
    }
  }
}
