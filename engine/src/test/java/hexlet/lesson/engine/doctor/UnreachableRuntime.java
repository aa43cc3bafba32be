package hexlet.lesson.engine.doctor;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.runtime.Attachment;
import hexlet.lesson.engine.runtime.ContainerExit;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ContainerSpec;
import hexlet.lesson.engine.runtime.EngineInfo;
import hexlet.lesson.engine.runtime.ImageBuild;
import hexlet.lesson.engine.runtime.ImageInfo;
import hexlet.lesson.engine.runtime.LabelledContainer;
import hexlet.lesson.engine.runtime.OutputSink;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** A runtime whose engine cannot be reached: every call fails as the Docker adapter's would. */
final class UnreachableRuntime implements ContainerRuntime {
  private static ToolException down() {
    return ToolException.environment(
        "cannot reach the Docker engine at unix:///var/run/docker.sock (Connection refused):"
            + " start Docker or set DOCKER_HOST to a running engine.",
        null);
  }

  @Override
  public Optional<ImageInfo> image(String reference) {
    throw down();
  }

  @Override
  public ImageInfo build(ImageBuild build, Consumer<String> log) {
    throw down();
  }

  @Override
  public String create(ContainerSpec spec) {
    throw down();
  }

  @Override
  public Attachment attach(String containerId, InputStream stdin, OutputSink output) {
    throw down();
  }

  @Override
  public void start(String containerId) {
    throw down();
  }

  @Override
  public ContainerExit inspect(String containerId) {
    throw down();
  }

  @Override
  public void kill(String containerId) {
    throw down();
  }

  @Override
  public void remove(String containerId) {
    throw down();
  }

  @Override
  public List<LabelledContainer> containers(String labelKey) {
    throw down();
  }

  @Override
  public void saveImage(String reference, OutputStream out) {
    throw down();
  }

  @Override
  public void loadImage(InputStream archive) {
    throw down();
  }

  @Override
  public EngineInfo info() {
    throw down();
  }

  @Override
  public Set<String> ociRuntimes() {
    throw down();
  }
}
