package hexlet.lesson.engine.docker;

/** Images the integration tests rely on; CI makes the base image locally (.ci/docker-up). */
public final class TestImages {
  /** The local base image every example and template builds from. */
  public static final String BASE = "debian:bookworm-slim";

  private TestImages() {}
}
