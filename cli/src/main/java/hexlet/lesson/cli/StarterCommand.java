package hexlet.lesson.cli;

import hexlet.lesson.course.Course;
import hexlet.lesson.course.CourseLoader;
import hexlet.lesson.course.Lesson;
import hexlet.lesson.scaffold.CourseRoot;
import hexlet.lesson.scaffold.StarterFiles;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "starter",
    mixinStandardHelpOptions = true,
    description = {
      "Show or write what a learner starts a lesson from.",
      "That is the exercise file without the lines between BEGIN and END (an empty file when it"
          + " has no markers), and with -o also the lesson's tests and helper files, except hidden"
          + " tests (grading.hidden_tests).",
      "Exit 3 when the lesson is not found, its markers are broken, or a file in DIR exists."
    })
final class StarterCommand extends BaseCommand {
  @Parameters(
      index = "0",
      paramLabel = "LESSON",
      description = "The lesson's folder, or its id such as 10-basics/10-hello-world.")
  String lesson;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Write the starter files into DIR (default: print the exercise file).")
  Path output;

  @Mixin CourseOption courseOption;

  @Override
  protected int run() {
    Path asPath = Path.of(lesson);
    Course course;
    if (courseOption.course == null) {
      course = new CourseLoader().load(CourseRoot.find(LessonLocator.courseStart(asPath)));
    } else {
      course = courseOption.load(Path.of(""));
    }
    Lesson found = LessonLocator.lessonIn(course, lesson);
    var starter = new StarterFiles().of(course, found);
    if (output == null) {
      String text = starter.starterText();
      console().out().print(text.isEmpty() || text.endsWith("\n") ? text : text + "\n");
      if (text.isEmpty()) {
        console()
            .info(
                starter.exercise()
                    + " has no BEGIN/END markers: the learner starts from an empty file");
      }
      return ExitCodes.OK;
    }
    for (String written : starter.writeTo(output)) {
      console().out().println("created " + PlanPrinter.shown(output.resolve(written)));
    }
    return ExitCodes.OK;
  }
}
