package hexlet.lesson.engine.run;

/**
 * A regular file to put into the container, by a path relative to the folder it goes to.
 *
 * @param executable whether it keeps the executable bit (scripts a Makefile runs)
 */
public record SandboxFile(String path, byte[] content, boolean executable) {
  public SandboxFile {
    SafePath.check(path);
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  int size() {
    return content.length;
  }

  /** The same file under another folder: {@code folder/path}. */
  SandboxFile under(String folder) {
    return new SandboxFile(folder + "/" + path, content, executable);
  }
}
