package hexlet.lesson.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hexlet.lesson.core.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateSetTest {
  private static final Path SOURCES = Path.of("src/main/resources", TemplateSet.RESOURCES);

  @Test
  void aCourseTemplateReplacesTheBuiltInOne(@TempDir Path course) throws Exception {
    Path override = course.resolve(".hexlet-lesson/templates/lesson/en/README.md.mustache");
    Files.createDirectories(override.getParent());
    Files.writeString(override, "# {{name}}\n\nOur own theory.\n");
    var templates = new TemplateSet(Language.PYTHON, Optional.of(course));

    var rendered = templates.render("lesson/{locale}/README.md", "en", Map.of("name", "Loops"));

    assertThat(rendered.text()).isEqualTo("# Loops\n\nOur own theory.\n");
    assertThat(rendered.origin())
        .isEqualTo(".hexlet-lesson/templates/lesson/en/README.md.mustache");
  }

  @Test
  void theOverrideOfOneLocaleLeavesTheOthersBuiltIn(@TempDir Path course) throws Exception {
    Path override = course.resolve(".hexlet-lesson/templates/lesson/en/README.md.mustache");
    Files.createDirectories(override.getParent());
    Files.writeString(override, "ours\n");
    var templates = new TemplateSet(Language.PYTHON, Optional.of(course));

    var russian = templates.render("lesson/{locale}/README.md", "ru", Map.of());

    assertThat(russian.origin()).isEqualTo("built-in python/lesson/ru/README.md");
    assertThat(russian.text()).contains("Функция");
  }

  @Test
  void aLocaleWithoutTemplatesGetsTheEnglishTextToTranslate() {
    var templates = new TemplateSet(Language.JAVA, Optional.empty());

    var spanish =
        templates.render("lesson/{locale}/EXERCISE.md", "es", Map.of("exercise_stem", "App"));

    assertThat(spanish.origin()).isEqualTo("built-in java/lesson/en/EXERCISE.md");
    assertThat(spanish.text()).contains("App.greet(\"Ada\")");
  }

  @Test
  void valuesAreWrittenAsTheyAreWithoutHtmlEscaping() {
    var templates = new TemplateSet(Language.PYTHON, Optional.empty());

    var data =
        templates.render(
            "lesson/{locale}/data.yml", "en", Map.of("name_yaml", "\"Loops & <tags>\""));

    assertThat(data.text()).startsWith("name: \"Loops & <tags>\"\n");
  }

  @Test
  void anUnknownTemplateIsABugNotAUserError() {
    var templates = new TemplateSet(Language.PYTHON, Optional.empty());

    assertThatThrownBy(() -> templates.render("lesson/nothing", "en", Map.of()))
        .isInstanceOf(ToolException.class)
        .extracting(e -> ((ToolException) e).kind())
        .isEqualTo(ToolException.Kind.INTERNAL);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyBlueprintFileHasATemplateForEnglishAndRussian(Language language) {
    var templates = new TemplateSet(language, Optional.empty());
    List<FileTemplate> all = new ArrayList<>(Blueprint.COURSE);
    all.addAll(Blueprint.MODULE);
    all.addAll(Blueprint.LESSON);
    for (FileTemplate file : all) {
      for (String locale : file.perLocale() ? List.of("en", "ru") : List.of("en")) {
        assertThat(templates.find(file.template(), locale).origin())
            .as(file.template() + " in " + locale)
            .contains(file.template().replace("{locale}", locale));
      }
    }
  }

  @Test
  void everyTemplateFileIsPartOfTheBlueprint() throws Exception {
    Set<String> used = new HashSet<>();
    List<FileTemplate> all = new ArrayList<>(Blueprint.COURSE);
    all.addAll(Blueprint.MODULE);
    all.addAll(Blueprint.LESSON);
    for (FileTemplate file : all) {
      for (String locale : List.of("en", "ru")) {
        used.add(file.template().replace("{locale}", locale) + TemplateSet.SUFFIX);
      }
    }
    List<String> unused;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      unused =
          walk.filter(Files::isRegularFile)
              .map(p -> SOURCES.relativize(p).toString().replace('\\', '/'))
              .map(p -> p.substring(p.indexOf('/') + 1))
              .filter(p -> !used.contains(p))
              .toList();
    }
    assertThat(unused).as("template files no blueprint entry uses").isEmpty();
  }
}
