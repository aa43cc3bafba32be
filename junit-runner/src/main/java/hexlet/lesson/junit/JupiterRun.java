package hexlet.lesson.junit;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs JUnit Jupiter tests with a launcher configured in code only: no engines, listeners or
 * filters found through ServiceLoader, no {@code junit-platform.properties} or system properties
 * read, so nothing on the class path (the learner's classes included) can change how tests run or
 * are reported.
 */
final class JupiterRun {
  /** Configuration passed explicitly; the implicit sources are switched off in the request. */
  static final Map<String, String> CONFIGURATION =
      Map.of(
          "junit.jupiter.extensions.autodetection.enabled", "false",
          "junit.jupiter.execution.parallel.enabled", "false",
          "junit.platform.output.capture.stdout", "false",
          "junit.platform.output.capture.stderr", "false",
          "junit.platform.stacktrace.pruning.enabled", "true");

  private final Launcher launcher;

  JupiterRun() {
    LauncherConfig config =
        LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false)
            .enableTestExecutionListenerAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .enableLauncherDiscoveryListenerAutoRegistration(false)
            .enablePostDiscoveryFilterAutoRegistration(false)
            .addTestEngines(new JupiterTestEngine())
            .build();
    launcher = LauncherFactory.create(config);
  }

  /** Finds the tests in the given classes; the plan may hold none. */
  TestPlan discover(List<Class<?>> classes) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(classes.stream().map(DiscoverySelectors::selectClass).toList())
            .enableImplicitConfigurationParameters(false)
            .configurationParameters(CONFIGURATION)
            .build();
    return launcher.discover(request);
  }

  void execute(TestPlan plan, TestExecutionListener listener) {
    launcher.execute(plan, listener);
  }
}
