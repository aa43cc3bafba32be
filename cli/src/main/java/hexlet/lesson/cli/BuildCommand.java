package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.engine.image.BuiltImage;
import hexlet.lesson.engine.image.CourseImages;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the course's Docker image from its Dockerfile, without reference solutions.",
      "The tag carries a hash of the build context: an unchanged course is not rebuilt."
          + " Prints the image tag.",
      "Exit 0 when built or up to date, 3 when the Dockerfile fails, 4 when Docker is"
          + " unreachable."
    })
final class BuildCommand extends BaseCommand {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The course folder (default: the current folder).")
  Path dir = Path.of(".");

  @Option(
      names = "--image",
      paramLabel = "TAG",
      description = "Use this prepared image instead of building one: only checks that it exists.")
  String image;

  @Override
  protected int run() {
    Course course = new CourseLoader().load(dir);
    try (var engine = new EngineSession(env(), 1)) {
      CourseImages images = engine.images();
      BuiltImage built =
          image != null
              ? images.prepared(image)
              : images.ensure(course, new BuildProgress(console()));
      console()
          .info(
              String.format(
                  "%s %s (%.2f s)",
                  built.built() ? "built" : "up to date:",
                  built.tag(),
                  built.took().toMillis() / 1000.0));
      console().out().println(built.tag());
    }
    return ExitCodes.OK;
  }
}
