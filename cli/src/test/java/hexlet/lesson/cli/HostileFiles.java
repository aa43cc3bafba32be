package hexlet.lesson.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Submissions that cannot live in the source tree as they are (links, pipes, 17 MiB, names that are
 * not UTF-8), made in a scratch folder when a test needs them.
 */
final class HostileFiles {
  private static final String WRONG = "def greet(name):\n    return 'wrong'\n";

  private HostileFiles() {}

  static Path make(String name, Path scratch, Path corpus)
      throws IOException, InterruptedException {
    Path dir = scratch.resolve(name);
    if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return dir;
    }
    switch (name) {
      case "symlink-inside" -> {
        wrongSolution(dir);
        Files.createSymbolicLink(dir.resolve("passwd.py"), Path.of("/etc/passwd"));
      }
      case "symlink-itself" -> {
        Path target = wrongSolution(scratch.resolve("symlink-target")).resolve("solution.py");
        Files.createSymbolicLink(dir, target);
      }
      case "fifo-inside" -> {
        wrongSolution(dir);
        run("mkfifo", dir.resolve("pipe.py").toString());
      }
      case "gnumakefile" -> {
        wrongSolution(dir);
        Files.writeString(dir.resolve("GNUmakefile"), "test:\n\tpython3 forge.py\n");
        Files.copy(corpus.resolve("forged-results-file.py"), dir.resolve("forge.py"));
      }
      case "conftest" -> {
        wrongSolution(dir);
        Files.writeString(
            dir.resolve("conftest.py"),
            "import pytest\n\n\n@pytest.hookimpl(tryfirst=True)\n"
                + "def pytest_pyfunc_call(pyfuncitem):\n    return True\n");
      }
      case "pytest-ini" -> {
        wrongSolution(dir);
        Files.writeString(dir.resolve("pytest.ini"), "[pytest]\naddopts = -p no:hexlet_results\n");
      }
      case "pytest-shadow" -> {
        wrongSolution(dir);
        Files.copy(corpus.resolve("forged-results-file.py"), dir.resolve("pytest.py"));
      }
      case "plugin-shadow" -> {
        wrongSolution(dir);
        Files.copy(corpus.resolve("forged-results-file.py"), dir.resolve("hexlet_results.py"));
      }
      case "plugin-bytecode" -> {
        wrongSolution(dir);
        Files.copy(corpus.resolve("forged-results-file.py"), dir.resolve("hexlet_results.pyc"));
      }
      case "stdlib-extension" -> {
        wrongSolution(dir);
        Files.copy(
            corpus.resolve("forged-results-file.py"),
            dir.resolve("argparse.cpython-311-x86_64-linux-gnu.so"));
      }
      case "huge" -> {
        wrongSolution(dir);
        try (FileChannel blob =
            FileChannel.open(
                dir.resolve("blob.bin"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          blob.position(17L << 20).write(ByteBuffer.wrap(new byte[] {1}));
        }
      }
      case "too-many-files" -> {
        wrongSolution(dir);
        for (int i = 0; i < 1_000; i++) {
          Files.writeString(dir.resolve("module" + i + ".py"), "x = " + i + "\n");
        }
      }
      case "hundreds-of-files" -> {
        wrongSolution(dir);
        for (int i = 0; i < 900; i++) {
          Files.writeString(dir.resolve("module" + i + ".py"), "x = " + i + "\n");
        }
      }
      case "non-utf8-name" -> {
        wrongSolution(dir);
        // Java cannot spell a name that is not UTF-8; the shell writes the raw bytes.
        run("sh", "-c", "printf 'x = 1\\n' > \"$1/$(printf 'caf\\351.py')\"", "sh", dir.toString());
        run(
            "sh",
            "-c",
            "printf '\\377\\376data' > \"$1/$(printf 'd\\377ta.bin')\"",
            "sh",
            dir.toString());
      }
      case "non-utf8-source" -> {
        Files.createDirectories(dir);
        Files.write(
            dir.resolve("solution.py"),
            "def greet(name):\n    return 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
      }
      default -> throw new IllegalArgumentException("no such submission: " + name);
    }
    return dir;
  }

  /**
   * A folder of submissions for grade-batch: an honest one, and archives whose entries climb out
   * with {@code ..}, start at {@code /}, link elsewhere or carry a conftest.py.
   */
  static Path batch(Path dir, Path right) throws IOException {
    Files.createDirectories(dir.resolve("honest"));
    Files.copy(right, dir.resolve("honest/solution.py"));
    tar(dir.resolve("dotdot.tar"), "../../evil.py", null);
    tar(dir.resolve("absolute.tar"), "/tmp/evil.py", null);
    tar(dir.resolve("symlink.tar"), "passwd.py", "/etc/passwd");
    tar(dir.resolve("conftest.tar"), "conftest.py", null);
    return dir;
  }

  /** A tar of a wrong solution.py and one more entry: a file, or a link when a target is given. */
  private static void tar(Path archive, String extra, String linkTarget) throws IOException {
    byte[] body = WRONG.getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(archive);
        var tar = new TarArchiveOutputStream(out)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      var solution = new TarArchiveEntry("solution.py");
      solution.setSize(body.length);
      tar.putArchiveEntry(solution);
      tar.write(body);
      tar.closeArchiveEntry();
      if (linkTarget != null) {
        var link = new TarArchiveEntry(extra, TarArchiveEntry.LF_SYMLINK);
        link.setLinkName(linkTarget);
        tar.putArchiveEntry(link);
      } else {
        var file = new TarArchiveEntry(extra, true);
        file.setSize(body.length);
        tar.putArchiveEntry(file);
        tar.write(body);
      }
      tar.closeArchiveEntry();
      tar.finish();
    }
  }

  private static Path wrongSolution(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("solution.py"), WRONG);
    return dir;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed");
    }
  }
}
