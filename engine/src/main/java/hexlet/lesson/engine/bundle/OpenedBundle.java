package hexlet.lesson.engine.bundle;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ImageInfo;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A bundle checked and extracted into a temporary folder, which {@link #close} removes (and a
 * shutdown hook, should the process be stopped first).
 */
public final class OpenedBundle implements AutoCloseable {
  private final Path folder;
  private final Thread cleanup;
  private BundleManifest manifest;

  OpenedBundle(Path folder) {
    this.folder = folder;
    this.cleanup = new Thread(this::delete, "hexlet-lesson-bundle-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  void manifest(BundleManifest manifest) {
    this.manifest = manifest;
  }

  public BundleManifest manifest() {
    return manifest;
  }

  /** The course as it was packaged. */
  public Path courseRoot() {
    return folder.resolve(BundleManifest.COURSE);
  }

  /** The temporary folder the bundle was extracted into. */
  public Path folder() {
    return folder;
  }

  /**
   * The course image: the engine's when it has the manifest's image id, else loaded from the
   * bundle's {@code image.tar} (which must then have been extracted).
   *
   * @param progress told when the image has to be loaded, which takes a while
   */
  public ImageInfo image(ContainerRuntime runtime, Consumer<String> progress) {
    var present = runtime.image(manifest.imageId());
    if (present.isPresent()) {
      return present.get();
    }
    Path archive = folder.resolve(BundleManifest.IMAGE);
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("the image archive was not extracted");
    }
    progress.accept("loading the course image " + manifest.imageTag() + " from the bundle...");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
      runtime.loadImage(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return runtime
        .image(manifest.imageId())
        .orElseThrow(
            () ->
                ToolException.invalidInput(
                    "the bundle's image.tar did not hold the image "
                        + manifest.imageId()
                        + " its manifest names"));
  }

  @Override
  public void close() {
    delete();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook runs anyway.
    }
  }

  private void delete() {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // Best effort: a file that cannot be removed stays in the temporary folder.
    }
  }
}
