package hexlet.lesson.cli;

import hexlet.lesson.engine.batch.BatchProgress;
import hexlet.lesson.engine.batch.LearnerResult;
import hexlet.lesson.engine.report.Report;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a batch as it goes, on stderr. On a terminal: one line redrawn in place, a bar, the count,
 * the time left (from the pace of the submissions graded so far) and the last learner. Piped: a
 * plain line per submission, which logs keep. Nothing under --quiet. Drawn here rather than with a
 * progress-bar library: the usual one (me.tongfei:progressbar) brings JLine and a refresh thread
 * for what is one line redrawn when a submission ends.
 */
final class BatchProgressBar implements BatchProgress {
  private static final int WIDTH = 24;
  private static final int MAX_COLUMNS = 100;

  private final Console console;
  private final LongSupplier nanoTime;
  private int total;
  private int done;
  private int graded;
  private long start;

  BatchProgressBar(Console console, LongSupplier nanoTime) {
    this.console = console;
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized void started(int submissions) {
    total = submissions;
    start = nanoTime.getAsLong();
    if (console.terminal() && !console.quiet()) {
      draw("");
    }
  }

  @Override
  public synchronized void finished(LearnerResult result) {
    done++;
    if (result.outcome() == LearnerResult.Outcome.GRADED) {
      graded++;
    }
    if (console.quiet()) {
      return;
    }
    if (console.terminal()) {
      draw(clean(result.learner()) + ": " + verdict(result));
      if (done == total) {
        console.err().print("\r\u001b[2K");
        console.err().flush();
      }
    } else {
      console.info(
          String.format(
              Locale.ROOT,
              "[%d/%d] %s: %s",
              done,
              total,
              clean(result.learner()),
              verdict(result)));
    }
  }

  private void draw(String last) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String line =
        String.format(
            Locale.ROOT,
            "[%s%s] %d/%d %3d%%  %s  %s",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            done,
            total,
            total == 0 ? 100 : done * 100 / total,
            eta(),
            last);
    console
        .err()
        .print(
            "\r\u001b[2K" + (line.length() > MAX_COLUMNS ? line.substring(0, MAX_COLUMNS) : line));
    console.err().flush();
  }

  /** The time left at the pace of the grades so far; kept reports take no time. */
  String eta() {
    if (graded == 0 || done == total) {
      return done == total ? "done    " : "ETA --:--";
    }
    long elapsed = nanoTime.getAsLong() - start;
    long left = elapsed / graded * (total - done) / 1_000_000_000L;
    return String.format(Locale.ROOT, "ETA %d:%02d", left / 60, left % 60);
  }

  static String verdict(LearnerResult result) {
    Report report = result.report();
    String status =
        result.outcome() == LearnerResult.Outcome.NOT_GRADED
            ? "not graded (" + clean(report.message()) + ")"
            : report.status().json() + report.reason().map(r -> ": " + r.json()).orElse("");
    String score =
        result.outcome() == LearnerResult.Outcome.NOT_GRADED
            ? ""
            : " " + report.score() + "/" + report.maxScore();
    String kept = result.outcome() == LearnerResult.Outcome.UP_TO_DATE ? " (up to date)" : "";
    return status + score + kept;
  }

  /** Learner names and messages are untrusted: their first line, control characters replaced. */
  private static String clean(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    StringBuilder out = new StringBuilder();
    for (char c : line.toCharArray()) {
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return out.toString();
  }
}
