package hexlet.lesson.engine.docker;

import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ContainerRuntimeContract;
import org.junit.jupiter.api.AfterAll;

@RequiresDocker
class DockerRuntimeContractIT extends ContainerRuntimeContract {
  private static final DockerRuntime RUNTIME = DockerRuntime.fromEnvironment();

  @AfterAll
  static void close() {
    RUNTIME.close();
  }

  @Override
  protected ContainerRuntime runtime() {
    return RUNTIME;
  }

  @Override
  protected String image() {
    return TestImages.BASE;
  }
}
