package hexlet.lesson.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportTextTest {
  @Test
  void summaryPrefersPytestsExceptionLine() {
    String syntax = "test_x.py:2: in <module>\nE     File \"s.py\", line 2\nE   SyntaxError: bad";
    String assertion = "def t():\n>  assert f() == 2\nE   AssertionError: assert 1 == 2\nE     - 2";

    assertThat(ReportText.summary(syntax)).isEqualTo("SyntaxError: bad");
    assertThat(ReportText.summary(assertion)).isEqualTo("AssertionError: assert 1 == 2");
    assertThat(ReportText.summary("x\nE       assert 1 == 2\nE  more")).isEqualTo("assert 1 == 2");
    assertThat(ReportText.summary("\n  java.lang.AssertionError: no\n\tat x"))
        .isEqualTo("java.lang.AssertionError: no");
    assertThat(ReportText.summary("")).isEmpty();
  }

  @Test
  void durationsAndSizesReadShort() {
    assertThat(ReportText.duration(0)).isEqualTo("0 ms");
    assertThat(ReportText.duration(999)).isEqualTo("999 ms");
    assertThat(ReportText.duration(1_250)).isEqualTo("1.3 s");
    assertThat(ReportText.duration(10_000)).isEqualTo("10 s");
    assertThat(ReportText.bytes(512)).isEqualTo("512 B");
    assertThat(ReportText.bytes(1536)).isEqualTo("1.5 KiB");
    assertThat(ReportText.bytes(512L << 20)).isEqualTo("512 MiB");
    assertThat(ReportText.bytes(3L << 30)).isEqualTo("3 GiB");
  }

  @Test
  void visibleEscapesControlCharactersOnly() {
    assertThat(ReportText.visible("a\tb\nc\u001b[0m\u0000\u007f\u0085é✓"))
        .isEqualTo("a\tb\nc\\x1B[0m\\x00\\x7F\\x85é✓");
  }
}
