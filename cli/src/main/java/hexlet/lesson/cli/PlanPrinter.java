package hexlet.lesson.cli;

import hexlet.lesson.scaffold.Plan;
import java.nio.file.Path;

/** Prints the files of a plan, as created or (dry run) as they would be. */
final class PlanPrinter {
  private PlanPrinter() {}

  static void print(Console console, Plan plan, boolean dryRun) {
    String verb = dryRun ? "would create" : "created";
    for (Plan.PlannedFile file : plan.files()) {
      console.out().println(verb + " " + shown(plan.root().resolve(file.path())));
      console.debug("  from " + file.origin());
    }
  }

  /** A path below the current folder is shown relative to it, any other one in full. */
  static Path shown(Path file) {
    Path here = Path.of("").toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
  }
}
