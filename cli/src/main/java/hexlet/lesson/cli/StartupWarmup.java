package hexlet.lesson.cli;

import hexlet.lesson.engine.docker.DockerConnection;
import hexlet.lesson.engine.grade.JUnitXmlParser;
import hexlet.lesson.engine.run.SandboxRunner;
import hexlet.lesson.engine.run.StdinTar;
import hexlet.lesson.yaml.YamlLoader;
import java.lang.reflect.Field;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import picocli.CommandLine.Mixin;

/**
 * Makes, on a second thread while picocli reads the command line and the course loads, what the
 * command needs soon and the JVM makes at first use: the annotations of the subcommand's and its
 * mixins' fields (the JVM generates a class for each annotation type on first read, which is most
 * of picocli's start), and for an engine command the engine connection's JSON mapper and HTTP
 * transport, the YAML parser, the JDK's digest, MAC and random-number providers, the XML reader of
 * results, the tar writer. Each is made once whichever thread asks first, so the command only waits
 * for what is not ready yet; with two or more cores most of that start-up cost leaves its path.
 */
final class StartupWarmup {
  private static final Set<Class<?>> ENGINE_COMMANDS =
      Set.of(
          GradeCommand.class,
          CheckCommand.class,
          GradeBatchCommand.class,
          BuildCommand.class,
          PackageCommand.class,
          DoctorCommand.class);

  private StartupWarmup() {}

  static void begin(String... args) {
    Thread thread = new Thread(() -> warm(args), "hexlet-lesson-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void warm(String... args) {
    Class<?> command;
    try {
      command = HexletLesson.named(args).orElse(null);
      if (command == null) {
        return;
      }
      readAnnotations(command);
    } catch (RuntimeException e) {
      // Only a head start: picocli meets and reports any real problem itself.
      return;
    }
    if (ENGINE_COMMANDS.contains(command)) {
      warmEngine();
    }
  }

  private static void readAnnotations(Class<?> command) {
    for (Field field : command.getDeclaredFields()) {
      field.getDeclaredAnnotations();
      if (field.isAnnotationPresent(Mixin.class)) {
        for (Field option : field.getType().getDeclaredFields()) {
          option.getDeclaredAnnotations();
        }
      }
    }
  }

  private static void warmEngine() {
    try {
      // In the order the command needs them: the course's YAML, then the engine.
      new YamlLoader().load("warm: up\n");
      DockerConnection.warmUp();
      Class.forName(SandboxRunner.class.getName(), true, SandboxRunner.class.getClassLoader());
      MessageDigest.getInstance("SHA-256").digest(new byte[1]);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
      mac.doFinal(new byte[1]);
      new SecureRandom().nextBytes(new byte[1]);
      new JUnitXmlParser();
      StdinTar.of(List.of());
    } catch (ClassNotFoundException | GeneralSecurityException | RuntimeException e) {
      // Only a head start: the command meets and reports any real failure itself.
    }
  }
}
