package hexlet.lesson.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import hexlet.lesson.validate.CourseValidator;
import hexlet.lesson.validate.Finding;
import hexlet.lesson.validate.ValidationReport;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a course's files and layout, and print every problem found, compiler style"
          + " (path:line:col: severity: message [rule]).",
      "Exit 0 without errors, 1 with errors (or warnings under --strict), 3 when DIR is not a course."
    })
final class ValidateCommand extends BaseCommand {
  enum Format {
    text,
    json
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The course folder (default: the current folder).")
  Path dir = Path.of(".");

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Override
  protected int run() throws Exception {
    ValidationReport report = new CourseValidator().validate(dir);
    var out = console().out();
    if (format == Format.json) {
      var mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(
          mapper.writeValueAsString(
              report.findings().stream().map(ValidateCommand::json).toList()));
      console().info(report.summary());
    } else {
      for (Finding f : report.findings()) {
        String severity =
            console()
                .paint(
                    f.severity() == hexlet.lesson.validate.Severity.ERROR ? "31" : "33",
                    f.severity().label());
        out.printf(
            "%s:%d:%d: %s: %s [%s]%n",
            f.path(), f.line(), f.column(), severity, f.message(), f.rule());
      }
      out.println(report.summary());
    }
    return report.passes(strict) ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private static Map<String, Object> json(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", f.path());
    m.put("line", f.line());
    m.put("column", f.column());
    m.put("severity", f.severity().label());
    m.put("message", f.message());
    m.put("rule", f.rule());
    return m;
  }
}
