package hexlet.lesson.engine.runtime;

import java.util.Map;

class FakeRuntimeContractTest extends ContainerRuntimeContract {
  private final FakeRuntime runtime =
      new FakeRuntime()
          .addImage("debian:fake", new ImageInfo("sha256:debian", "/", Map.of(), Map.of()))
          .program(
              container -> {
                String script = container.spec().command().get(2);
                if (script.equals(SLEEP)) {
                  return FakeRuntime.Result.hanging();
                }
                return FakeRuntime.Result.exit(3)
                    .withStdout(container.file("tmp/in/hello.txt").orElse(""))
                    .withStderr("oops\n");
              });

  @Override
  protected ContainerRuntime runtime() {
    return runtime;
  }

  @Override
  protected String image() {
    return "debian:fake";
  }
}
