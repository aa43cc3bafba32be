package hexlet.lesson.engine.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerIgnoreTest {
  @Test
  void aFolderRuleCoversEverythingInside() {
    var ignore = DockerIgnore.parse("node_modules\n");

    assertThat(ignore.excludes("node_modules")).isTrue();
    assertThat(ignore.excludes("node_modules/a/b.js")).isTrue();
    assertThat(ignore.excludes("src/node_modules/x")).isFalse();
  }

  @Test
  void doubleStarMatchesAnyDepthAndSingleStarOneSegment() {
    var ignore = DockerIgnore.parse("**/*.pyc\n*.md\n");

    assertThat(ignore.excludes("a.pyc")).isTrue();
    assertThat(ignore.excludes("modules/10-x/__pycache__/t.pyc")).isTrue();
    assertThat(ignore.excludes("README.md")).isTrue();
    assertThat(ignore.excludes("modules/README.md")).isFalse();
  }

  @Test
  void theLastMatchingRuleWinsSoExceptionsReinclude() {
    var ignore = DockerIgnore.parse("# comment\n*.md\n!KEEP.md\n/build/\n");

    assertThat(ignore.excludes("NOTES.md")).isTrue();
    assertThat(ignore.excludes("KEEP.md")).isFalse();
    assertThat(ignore.excludes("build/out.txt")).isTrue();
  }

  @Test
  void questionMarksAndClassesMatchOneCharacter() {
    var ignore = DockerIgnore.parse("file?.txt\nlog[0-9]\n");

    assertThat(ignore.excludes("file1.txt")).isTrue();
    assertThat(ignore.excludes("file10.txt")).isFalse();
    assertThat(ignore.excludes("log7")).isTrue();
    assertThat(ignore.excludes("logx")).isFalse();
  }
}
