package hexlet.lesson.engine.image;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ImageBuild;
import hexlet.lesson.engine.runtime.ImageBuildException;
import hexlet.lesson.engine.runtime.ImageInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds or builds a course's image. The tag is the course's image name plus a hash of the build
 * context, so an unchanged course finds its image and is not rebuilt, and any change to the
 * Dockerfile, tests or helpers makes a new tag.
 */
public final class CourseImages {
  /** The label holding the context hash an image was built from. */
  public static final String CONTEXT_LABEL = "hexlet-lesson.context";

  private static final int TAIL_LINES = 20;

  private final ContainerRuntime runtime;
  private final Clock clock;

  public CourseImages(ContainerRuntime runtime, Clock clock) {
    this.runtime = runtime;
    this.clock = clock;
  }

  /** The tag for the course as it is on disk now. */
  public String tag(Course course) {
    return tag(course, BuildContext.of(course).hash());
  }

  /**
   * The course image, built first when no image has this context's tag.
   *
   * @param progress receives each line of build output as it comes
   */
  public BuiltImage ensure(Course course, Consumer<String> progress) {
    Instant start = clock.instant();
    BuildContext context = BuildContext.of(course);
    String hash = context.hash();
    String tag = tag(course, hash);
    var existing = runtime.image(tag);
    if (existing.isPresent()) {
      return new BuiltImage(tag, existing.get(), false, Duration.between(start, clock.instant()));
    }
    List<String> log = new ArrayList<>();
    Consumer<String> sink =
        line -> {
          synchronized (log) {
            log.add(line);
          }
          progress.accept(line);
        };
    ImageInfo image = build(course, context, tag, hash, sink, log);
    return new BuiltImage(tag, image, true, Duration.between(start, clock.instant()));
  }

  /** A prepared image given by name; it must exist already. */
  public BuiltImage prepared(String reference) {
    Instant start = clock.instant();
    ImageInfo image =
        runtime
            .image(reference)
            .orElseThrow(
                () ->
                    new ToolException(
                        ToolException.Kind.ENVIRONMENT,
                        "image "
                            + reference
                            + " not found: build or load it first (`docker images` lists what"
                            + " the engine has)"));
    return new BuiltImage(reference, image, false, Duration.between(start, clock.instant()));
  }

  private ImageInfo build(
      Course course,
      BuildContext context,
      String tag,
      String hash,
      Consumer<String> sink,
      List<String> log) {
    Path tar;
    try {
      tar = Files.createTempFile("hexlet-lesson-context-", ".tar");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      try (OutputStream out = Files.newOutputStream(tar)) {
        context.writeTar(out);
      }
      // Not the containers' mark: a container started from the image would inherit it and pass
      // for one of ours.
      Map<String, String> labels = Map.of(CONTEXT_LABEL, hash);
      try (InputStream in = Files.newInputStream(tar)) {
        return runtime.build(new ImageBuild(in, tag, labels), sink);
      }
    } catch (ImageBuildException e) {
      throw failed(course, e.getMessage(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(tar);
      } catch (IOException e) {
        tar.toFile().deleteOnExit();
      }
    }
  }

  private static ToolException failed(Course course, String error, List<String> log) {
    List<String> lines;
    synchronized (log) {
      lines = List.copyOf(log);
    }
    String saved;
    try {
      Path file = new CourseCache(course.root()).file("build.log");
      Files.write(file, lines);
      saved = "full log: " + file;
    } catch (IOException | UncheckedIOException e) {
      saved = "the full log could not be saved: " + e.getMessage();
    }
    List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    StringBuilder message =
        new StringBuilder("the course image did not build: ").append(error).append('\n');
    tail.forEach(line -> message.append("  | ").append(line).append('\n'));
    message.append(saved);
    return ToolException.invalidInput(message.toString());
  }

  static String tag(Course course, String hash) {
    return repository(course) + ":" + hash.substring(0, 16);
  }

  /** The spec's docker_image without its tag, or hexlet-lesson/<folder>, as Docker accepts it. */
  static String repository(Course course) {
    String name = course.language().dockerImage();
    if (name != null && !name.isBlank()) {
      int slash = name.lastIndexOf('/');
      int colon = name.lastIndexOf(':');
      if (colon > slash) {
        name = name.substring(0, colon);
      }
      String clean = sanitize(name);
      if (!clean.isEmpty()) {
        return clean;
      }
    }
    String folder = sanitize(course.root().getFileName().toString());
    return "hexlet-lesson/" + (folder.isEmpty() ? "course" : folder);
  }

  private static String sanitize(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._/-]", "-");
    return lower.replaceAll("^[-._/]+|[-._/]+$", "").replaceAll("/{2,}", "/");
  }
}
