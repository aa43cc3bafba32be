package hexlet.lesson.engine.runtime;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The few things the engine asks of a container engine. The docker-java adapter is the only real
 * implementation; tests use a fake. Failures to reach the engine are thrown as a {@code
 * ToolException} of kind ENVIRONMENT.
 */
public interface ContainerRuntime {

  /** The image with this tag or id, if the engine has it. */
  Optional<ImageInfo> image(String reference);

  /**
   * Builds an image from a build context tar, passing each line of build output to {@code log}.
   *
   * @throws ImageBuildException when the Dockerfile fails to build
   */
  ImageInfo build(ImageBuild build, Consumer<String> log);

  /** Creates a container, not started; its stdin is open for {@link #attach}. */
  String create(ContainerSpec spec);

  /**
   * Connects to a created container before it starts: {@code stdin} is streamed into it, its output
   * goes to {@code output}. Returns once connected.
   */
  Attachment attach(String containerId, InputStream stdin, OutputSink output);

  void start(String containerId);

  /** The state of a container that has stopped: its exit code and whether it ran out of memory. */
  ContainerExit inspect(String containerId);

  /** Stops a running container at once; a container that already stopped is left as it is. */
  void kill(String containerId);

  /** Removes a container, running or not; one that no longer exists is ignored. */
  void remove(String containerId);

  /** Every container, running or not, that carries the label {@code labelKey}. */
  List<LabelledContainer> containers(String labelKey);

  /**
   * Writes an image, with its tag, as a tar archive in the format of {@code docker save}.
   *
   * @throws hexlet.lesson.core.ToolException of kind ENVIRONMENT when the engine has no such image
   */
  void saveImage(String reference, OutputStream out);

  /**
   * Loads images from a tar archive in the format of {@code docker save}, tags included.
   *
   * @throws hexlet.lesson.core.ToolException of kind INVALID_INPUT when the engine refuses it
   */
  void loadImage(InputStream archive);

  /** The engine's version, API version and abilities. */
  EngineInfo info();

  /**
   * The names of the runtimes the engine can run containers with, such as {@code runc} and, where
   * gVisor is installed, {@code runsc}.
   */
  Set<String> ociRuntimes();
}
