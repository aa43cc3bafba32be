package hexlet.lesson.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FolderNumberingTest {
  @Test
  void theFirstFolderIsTen() {
    assertThat(FolderNumbering.next(List.of())).isEqualTo(10);
  }

  @Test
  void theNextIsTheMultipleOfTenAfterTheHighest() {
    assertThat(FolderNumbering.next(List.of("10-basics", "20-strings"))).isEqualTo(30);
    assertThat(FolderNumbering.next(List.of("10-basics", "15-between"))).isEqualTo(20);
    assertThat(FolderNumbering.next(List.of("20-b", "10-a", "100-c"))).isEqualTo(110);
  }

  @Test
  void namesWithoutANumberAreIgnored() {
    assertThat(FolderNumbering.next(List.of("assets", "10-basics", "drafts"))).isEqualTo(20);
  }

  @Test
  void folderNamesHaveAtLeastTwoDigits() {
    assertThat(FolderNumbering.folderName(10, "basics")).isEqualTo("10-basics");
    assertThat(FolderNumbering.folderName(5, "intro")).isEqualTo("05-intro");
    assertThat(FolderNumbering.folderName(110, "late")).isEqualTo("110-late");
  }
}
