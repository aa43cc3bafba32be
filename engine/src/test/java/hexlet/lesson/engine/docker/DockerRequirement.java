package hexlet.lesson.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.LabelledContainer;
import hexlet.lesson.engine.runtime.LeftoverReaper;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The extension behind {@link RequiresDocker}. */
public final class DockerRequirement implements ExecutionCondition, AfterAllCallback {
  private static volatile String unreachable;
  private static volatile boolean probed;

  /**
   * What the engine held before this JVM's first Docker test, once the leftovers of graders killed
   * earlier are reaped as every start of the tool reaps them: containers of graders still running
   * elsewhere are not this suite's doing.
   */
  private static volatile Set<String> before = Set.of();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String problem = probe();
    if (problem == null) {
      return ConditionEvaluationResult.enabled("Docker engine reachable");
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but the Docker engine is unreachable, so these tests cannot run: " + problem);
    }
    return ConditionEvaluationResult.disabled("Docker engine unreachable: " + problem);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (probe() != null) {
      return;
    }
    ContainerOwner self = ContainerOwner.current();
    try (DockerRuntime runtime = DockerRuntime.fromEnvironment()) {
      List<String> left =
          runtime.containers(ContainerOwner.OWNER).stream()
              .filter(c -> !before.contains(c.id()))
              .filter(c -> isOursOrAbandoned(c, self))
              .map(c -> c.id().substring(0, 12) + " " + c.labels().get(ContainerOwner.OWNER))
              .toList();
      assertThat(left).as("labelled containers left behind").isEmpty();
      assertThat(runtime.volumes(ContainerOwner.MARK))
          .as("labelled volumes")
          .filteredOn(v -> !before.contains(v))
          .isEmpty();
    }
  }

  /** Ours, or a grader's that died; containers of other tools and running graders are not. */
  private static boolean isOursOrAbandoned(LabelledContainer container, ContainerOwner self) {
    return ContainerOwner.of(container.labels())
        .map(owner -> owner.equals(self) || !owner.isRunningHere(self))
        .orElse(false);
  }

  private static synchronized String probe() {
    if (!probed) {
      try (DockerRuntime runtime = DockerRuntime.fromEnvironment()) {
        runtime.engineVersion();
        new LeftoverReaper(runtime, ContainerOwner.current(), Clock.systemUTC()).reap();
        Set<String> present = new HashSet<>(runtime.volumes(ContainerOwner.MARK));
        runtime.containers(ContainerOwner.OWNER).forEach(c -> present.add(c.id()));
        before = Set.copyOf(present);
      } catch (ToolException e) {
        unreachable = e.getMessage();
      }
      probed = true;
    }
    return unreachable;
  }
}
