package hexlet.lesson.cli;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.git.FirstCommit;
import hexlet.lesson.scaffold.Plan;
import hexlet.lesson.scaffold.Scaffolder;
import hexlet.lesson.templates.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Start a course in a new or empty folder, as a git repository.",
      "It gets spec.yml, descriptions, a Dockerfile, a CI workflow and a first module with a"
          + " first lesson; then git init and a first commit.",
      "Exit 3 when DIR is not empty."
    })
final class InitCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "The new course's folder.")
  Path dir;

  @Option(
      names = "--language",
      required = true,
      paramLabel = "LANG",
      converter = LanguageConverter.class,
      completionCandidates = LanguageNames.class,
      description = "The course's language: ${COMPLETION-CANDIDATES}.")
  Language language;

  @Option(
      names = "--locale",
      split = ",",
      paramLabel = "LOCALE",
      defaultValue = "en",
      description = "The course's locales, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> locales;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The course's title (default: made from the folder's name).")
  String title;

  @Option(names = "--no-git", description = "Do not make the course a git repository.")
  boolean noGit;

  @Option(names = "--dry-run", description = "Print the files it would create; create nothing.")
  boolean dryRun;

  @Override
  protected int run() {
    refuseNonEmpty(dir);
    Plan plan =
        new Scaffolder().course(new Scaffolder.CourseRequest(dir, language, locales, title));
    if (dryRun) {
      PlanPrinter.print(console(), plan, true);
      return ExitCodes.OK;
    }
    plan.write();
    PlanPrinter.print(console(), plan, false);
    if (!noGit) {
      commit();
    }
    console().info("Next: cd " + dir + " && hexlet-lesson validate && hexlet-lesson check");
    return ExitCodes.OK;
  }

  private void commit() {
    var git = new FirstCommit();
    var enclosing = git.enclosingRepository(dir);
    if (enclosing.isPresent()) {
      console()
          .info(
              "Not running git init: "
                  + dir
                  + " is inside the git repository at "
                  + enclosing.get()
                  + "; commit the course there.");
      return;
    }
    var result = git.initAndCommit(dir, "Start the course with hexlet-lesson init");
    console()
        .info("git: initialised; first commit " + result.commitId().substring(0, 10) + " on main");
    if (!result.configuredAuthor()) {
      console()
          .info(
              "git: no user.name/user.email configured, committed as "
                  + result.author()
                  + "; set them with git config --global");
    }
  }

  private static void refuseNonEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw ToolException.invalidInput(dir + ": exists and is not a folder");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw ToolException.invalidInput(
            dir + ": not empty; init creates a course in a new or empty folder");
      }
    } catch (IOException e) {
      throw ToolException.invalidInput(dir + ": cannot read: " + e.getMessage());
    }
  }

  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.of(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "'" + value + "' is not one of " + String.join(", ", new LanguageNames())));
    }
  }

  static final class LanguageNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Language.values()).map(Language::id).iterator();
    }
  }
}
