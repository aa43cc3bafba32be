package hexlet.lesson.engine.docker;

/** The engine answered a request with an error status. */
final class DockerApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  DockerApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  boolean notFound() {
    return status == 404;
  }

  boolean conflict() {
    return status == 409;
  }
}
