package hexlet.lesson.cli;

import hexlet.lesson.engine.check.CheckProgress;
import hexlet.lesson.engine.check.LessonCheck;
import hexlet.lesson.engine.check.RunSummary;

/**
 * Shows a check as it goes, on stderr: on a terminal one line that counts up in place; piped, a
 * plain line per finished lesson. Nothing under --quiet.
 */
final class CheckProgressLine implements CheckProgress {
  private final Console console;
  private int total;
  private int done;

  CheckProgressLine(Console console) {
    this.console = console;
  }

  @Override
  public synchronized void started(int lessons) {
    total = lessons;
    if (console.terminal() && !console.quiet()) {
      console.err().print("\rchecking " + total + " lessons...");
      console.err().flush();
    }
  }

  @Override
  public synchronized void finished(LessonCheck lesson) {
    done++;
    if (console.quiet()) {
      return;
    }
    String line =
        String.format(
            "[%d/%d] %s %s (reference %s, starter %s)",
            done,
            total,
            lesson.ok() ? "ok    " : "BROKEN",
            lesson.lessonId(),
            lesson.reference().map(RunSummary::label).orElse("-"),
            lesson.starter().map(RunSummary::label).orElse("-"));
    if (console.terminal()) {
      console.err().print("\r\u001b[2K" + line);
      if (done == total) {
        console.err().print("\r\u001b[2K");
      }
      console.err().flush();
    } else {
      console.info(line);
    }
  }
}
