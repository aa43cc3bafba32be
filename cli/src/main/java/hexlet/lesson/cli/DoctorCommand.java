package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.doctor.Checkup;
import hexlet.lesson.engine.doctor.CheckupRenderer;
import hexlet.lesson.engine.doctor.DiskSpace;
import hexlet.lesson.engine.doctor.Doctor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    description = {
      "Check that this machine can grade, and say what to fix.",
      "It checks Java, the Docker engine and its API, that memory and process limits are"
          + " enforced (two tiny containers try to break them), free disk space for images and"
          + " temporary files, and the course's image.",
      "Exit 0 when all is well (warnings allowed), 4 when something is missing or broken, 3"
          + " when DIR is not a course."
    })
final class DoctorCommand extends BaseCommand {
  /** The formats of the checklist. */
  enum Format {
    text,
    json
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "A course whose image to check (default: the current folder, when it is a course).")
  Path dir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Checklist format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Override
  protected int run() throws InterruptedException {
    Optional<Course> course =
        Optional.ofNullable(dir)
            .or(
                () ->
                    Optional.of(Path.of("."))
                        .filter(d -> Files.isRegularFile(d.resolve("spec.yml"))))
            .map(new CourseLoader()::load);
    try (var engine = new EngineSession(env(), 2)) {
      var doctor =
          new Doctor(
              engine.runtime(),
              engine.live(),
              engine.owner(),
              DiskSpace.SYSTEM,
              Runtime.version(),
              System.getProperty("java.vendor", ""),
              Path.of(System.getProperty("java.io.tmpdir")));
      Checkup checkup = doctor.examine(course);
      console()
          .out()
          .print(
              format == Format.json
                  ? CheckupRenderer.json(checkup)
                  : CheckupRenderer.text(checkup, console().color()));
      console().out().flush();
      return checkup.healthy() ? ExitCodes.OK : ExitCodes.ENVIRONMENT;
    }
  }
}
