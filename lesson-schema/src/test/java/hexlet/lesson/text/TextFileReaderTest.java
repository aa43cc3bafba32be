package hexlet.lesson.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileReaderTest {
  @TempDir Path dir;

  @Test
  void readsUtf8TextAndDropsAByteOrderMark() throws Exception {
    Path file = dir.resolve("a.yml");
    Files.writeString(file, "\uFEFFname: Привет\n", StandardCharsets.UTF_8);

    var content = new TextFileReader().read(file);

    assertThat(content.ok()).isTrue();
    assertThat(content.text()).isEqualTo("name: Привет\n");
  }

  @Test
  void pointsAtTheFirstByteThatIsNotUtf8() throws Exception {
    Path file = dir.resolve("README.md");
    Files.write(file, new byte[] {'o', 'k', '\n', 'a', 'b', (byte) 0xFF, 'c', '\n'});

    var problem = new TextFileReader().read(file).problem();

    assertThat(problem.kind()).isEqualTo(TextProblem.Kind.ENCODING);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(3);
    assertThat(problem.message()).contains("0xFF");
  }

  @Test
  void countsColumnsInCharactersBeforeABadByte() throws Exception {
    Path file = dir.resolve("data.yml");
    byte[] prefix = "имя: ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[prefix.length + 2];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    bytes[prefix.length] = (byte) 0xC3;
    bytes[prefix.length + 1] = '(';
    Files.write(file, bytes);

    var problem = new TextFileReader().read(file).problem();

    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.column()).isEqualTo(6);
  }

  @Test
  void aNulByteIsBinaryData() throws Exception {
    Path file = dir.resolve("junk.yml");
    Files.write(file, new byte[] {'a', '\n', 'b', 0, 'c'});

    var problem = new TextFileReader().read(file).problem();

    assertThat(problem.kind()).isEqualTo(TextProblem.Kind.ENCODING);
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo(2);
    assertThat(problem.message()).contains("binary");
  }

  @Test
  void refusesAFileOverTheLimitWithoutReadingIt() throws Exception {
    Path file = dir.resolve("big.yml");
    Files.write(file, new byte[101]);

    var problem = new TextFileReader(100).read(file).problem();

    assertThat(problem.kind()).isEqualTo(TextProblem.Kind.TOO_LARGE);
    assertThat(problem.message()).contains("100 bytes");
  }

  @Test
  void aFileExactlyAtTheLimitIsRead() throws Exception {
    Path file = dir.resolve("edge.txt");
    Files.writeString(file, "x".repeat(100));

    assertThat(new TextFileReader(100).read(file).text()).hasSize(100);
  }

  @Test
  void aFolderOrAMissingFileIsUnreadable() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("data.yml"));

    assertThat(new TextFileReader().read(folder).problem().message())
        .isEqualTo("expected a file, found a folder");
    assertThat(new TextFileReader().read(dir.resolve("none")).problem().message())
        .isEqualTo("does not exist");
  }

  @Test
  void aNamedPipeIsRefusedInsteadOfBlockingTheRead() throws Exception {
    Path fifo = dir.resolve("data.yml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    var problem = new TextFileReader().read(fifo).problem();

    assertThat(problem.kind()).isEqualTo(TextProblem.Kind.UNREADABLE);
    assertThat(problem.message()).contains("not a regular file");
  }

  @Test
  void blankTextIsReportedAsBlank() throws Exception {
    Path file = dir.resolve("EXERCISE.md");
    Files.writeString(file, " \n\t\n");

    assertThat(new TextFileReader().read(file).blank()).isTrue();
  }
}
