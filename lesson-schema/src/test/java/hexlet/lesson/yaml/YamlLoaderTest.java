package hexlet.lesson.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlLoaderTest {
  private final YamlLoader loader = new YamlLoader();

  @Test
  void keepsThePositionOfEveryKeyAndValue() {
    var load =
        loader.load(
            """
            ---
            language:
              name: Python
              tags: [a, b]
            tips:
              - first
              - second
            """);

    var doc = load.document();
    assertThat(load.problems()).isEmpty();
    assertThat(doc.root().at("/language/name").asText()).isEqualTo("Python");
    assertThat(doc.keyPosition("/language/name")).isEqualTo(new Position(3, 3));
    assertThat(doc.valuePosition("/language/name")).isEqualTo(new Position(3, 9));
    assertThat(doc.valuePosition("/language/tags/1")).isEqualTo(new Position(4, 13));
    assertThat(doc.valuePosition("/tips/1")).isEqualTo(new Position(7, 5));
    assertThat(doc.keyPosition("/tips")).isEqualTo(new Position(5, 1));
  }

  @Test
  void anUnknownPointerFallsBackToItsNearestAncestor() {
    var doc = loader.load("a:\n  b: 1\n").document();

    assertThat(doc.valuePosition("/a/b/c/d")).isEqualTo(doc.valuePosition("/a/b"));
    assertThat(doc.valuePosition("/zzz")).isEqualTo(Position.START);
  }

  @Test
  void reportsEveryDuplicateKeyWithBothLinesAndKeepsTheFirst() {
    var load = loader.load("name: one\ntips: []\nname: two\nname: three\n");

    assertThat(load.problems())
        .extracting(YamlProblem::kind, YamlProblem::position, YamlProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                YamlProblem.Kind.DUPLICATE_KEY,
                new Position(3, 1),
                "duplicate key 'name' (first at line 1); the first one is kept"),
            org.assertj.core.groups.Tuple.tuple(
                YamlProblem.Kind.DUPLICATE_KEY,
                new Position(4, 1),
                "duplicate key 'name' (first at line 1); the first one is kept"));
    assertThat(load.document().root().get("name").asText()).isEqualTo("one");
  }

  @Test
  void aTabInTheIndentationIsASyntaxProblemAtItsPosition() {
    var load = loader.load("language:\n\tname: Python\n");

    assertThat(load.document()).isNull();
    assertThat(load.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
              assertThat(p.position()).isEqualTo(new Position(2, 1));
              assertThat(p.message()).contains("tab");
            });
  }

  @Test
  void malformedYamlIsOneProblemWithAPositionAndNoTrace() {
    var load = loader.load("name: [unclosed\ntips: x\n");

    assertThat(load.document()).isNull();
    assertThat(load.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(YamlProblem.Kind.SYNTAX);
              assertThat(p.position().line()).isGreaterThanOrEqualTo(1);
              assertThat(p.message()).doesNotContain("\n").doesNotContain("Exception");
            });
  }

  @Test
  void aliasesAreExpandedAndAnAliasBombIsRefused() {
    var ok = loader.load("base: &b {x: 1}\ncopy: *b\n");
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.document().root().at("/copy/x").asInt()).isEqualTo(1);

    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("a%d: &a%d [".formatted(i, i));
      bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1))));
      bomb.append("]\n");
    }
    var load = loader.load(bomb.toString());

    assertThat(load.document()).isNull();
    assertThat(load.problems())
        .singleElement()
        .extracting(YamlProblem::kind)
        .isEqualTo(YamlProblem.Kind.TOO_COMPLEX);
  }

  @Test
  void anUnknownAliasIsAProblem() {
    var load = loader.load("a: *nothing\n");

    assertThat(load.problems())
        .extracting(YamlProblem::message)
        .containsExactly("alias *nothing refers to no anchor &nothing");
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() {
    var load = loader.load("[".repeat(5000) + "]".repeat(5000));

    assertThat(load.document()).isNull();
    assertThat(load.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.kind()).isEqualTo(YamlProblem.Kind.TOO_COMPLEX));
  }

  @Test
  void aSecondDocumentIsReported() {
    var load = loader.load("name: a\n---\nname: b\n");

    assertThat(load.problems())
        .extracting(YamlProblem::position)
        .containsExactly(new Position(3, 1));
  }

  @Test
  void anEmptyTextIsAMissingRoot() {
    var load = loader.load("---\n# only a comment\n");

    assertThat(load.problems()).isEmpty();
    assertThat(load.document().root().isMissingNode()).isTrue();
  }

  @Test
  void controlCharactersAreASyntaxProblem() {
    var load = loader.load("name: a\u0007b\n");

    assertThat(load.document()).isNull();
    assertThat(load.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.position()).isEqualTo(new Position(1, 8)));
  }

  @Test
  void readsScalarsAsYaml12DoesLikeHexletsTools() {
    var root =
        loader
            .load("empty:\nquoted: ''\nyes_word: yes\non_word: on\nflag: true\ntilde: ~\n")
            .document()
            .root();

    assertThat(root.get("empty").isNull()).isTrue();
    assertThat(root.get("quoted").asText()).isEmpty();
    assertThat(root.get("quoted").isTextual()).isTrue();
    assertThat(root.get("yes_word").asText()).isEqualTo("yes");
    assertThat(root.get("on_word").isTextual()).isTrue();
    assertThat(root.get("flag").isBoolean()).isTrue();
    assertThat(root.get("tilde").isNull()).isTrue();
  }
}
