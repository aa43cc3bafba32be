package hexlet.lesson.engine.run;

import hexlet.lesson.course.LanguageSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A language the engine has no runner for: the lesson's own test command, judged by exit code. */
final class PlainSupport implements LanguageSupport {
  @Override
  public List<SandboxFile> supportFiles() {
    return List.of();
  }

  @Override
  public Map<String, String> environment(Map<String, String> imageEnv) {
    return Map.of();
  }

  @Override
  public boolean signsResults() {
    return false;
  }

  @Override
  public Optional<String> defaultTestCommand(LanguageSpec spec) {
    return Optional.empty();
  }
}
