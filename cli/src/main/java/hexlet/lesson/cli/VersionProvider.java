package hexlet.lesson.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project version and the git commit it was built from, filled in by the build. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"hexlet-lesson " + version()};
  }

  /** The version and commit as one string, such as {@code 0.1.0-SNAPSHOT (abc1234567)}. */
  public static String version() {
    Properties props = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/hexlet-lesson-version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource only costs the version string.
    }
    String version = props.getProperty("version", "unknown");
    String commit = props.getProperty("commit", "");
    if (commit.isBlank() || commit.startsWith("${")) {
      return version;
    }
    return version + " (" + commit + ")";
  }
}
