package hexlet.lesson.engine.runtime;

/** The engine refused to build an image: a failing Dockerfile step, a bad base image. */
public class ImageBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImageBuildException(String message) {
    super(message);
  }
}
