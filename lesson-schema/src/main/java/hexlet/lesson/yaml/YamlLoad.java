package hexlet.lesson.yaml;

import java.util.List;

/**
 * The outcome of loading one YAML text: the document (null when the text could not be parsed at
 * all) and every problem met on the way.
 */
public record YamlLoad(YamlDocument document, List<YamlProblem> problems) {
  public YamlLoad {
    problems = List.copyOf(problems);
  }
}
