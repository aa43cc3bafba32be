package hexlet.lesson.engine.run;

import hexlet.lesson.engine.grade.ResultsConvention;
import hexlet.lesson.engine.grade.RunOutcome;
import hexlet.lesson.engine.runtime.Attachment;
import hexlet.lesson.engine.runtime.ContainerExit;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.ContainerSpec;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.engine.runtime.Sandbox;
import hexlet.lesson.grading.Limits;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Runs a lesson's tests once, in one fresh locked container, and reports what happened.
 *
 * <p>The container has no network, a read-only root, every capability dropped, no new privileges, a
 * non-root user and the run's limits. A tmpfs over the lesson folder receives the lesson's files
 * from the host and the submission (so no reference solution left in an image can be imported); a
 * tmpfs on /tmp holds the run wrapper and the language's support files. All of it arrives as one
 * tar on stdin. The wrapper runs the test command and frames its results on stdout. The grader
 * stops the container at the wall-time limit or the output limit; either way and on every failure
 * the container is removed.
 *
 * <p>A container is made and started before its tar is sent, and waits for it: the run, and its
 * wall time, begin when the tar goes in. A runner {@link #inLanes in lanes} sends it only when one
 * of its lanes is free, so callers with more threads than lanes have the next containers made and
 * started while the lanes run tests, and a lane that frees goes straight on to the next run.
 */
public final class SandboxRunner {
  /** The user every run is: nobody, so the learner's code owns nothing in the image. */
  static final String USER = "65534:65534";

  static final String RESULTS_PATH = LanguageSupport.SUPPORT_DIR + "/results.xml";

  /**
   * The shell the wrapper runs in: a copy of the image's {@code /bin/sh} that no one may read. A
   * process that runs a program it cannot read is not dumpable, so the learner's code, although it
   * runs as the same user, can neither read the wrapper's memory (its nonce) through {@code
   * /proc/1/mem} nor open its stdout (the results channel) through {@code /proc/1/fd/1}. Named
   * {@code sh} for shells, such as BusyBox, that act by the name they are called by.
   */
  static final String WRAPPER_SHELL = LanguageSupport.SUPPORT_DIR + "/sh";

  /**
   * The file the project's runners read the run's key from, then delete: raw random bytes, which
   * sign the results ({@code ResultsSignature}) and have no form code under test could spot in its
   * process's memory.
   */
  static final String NONCE_FILE = LanguageSupport.SUPPORT_DIR + "/runner-nonce";

  private static final Duration DRAIN = Duration.ofSeconds(10);
  private static final long OPEN_FILES = 1024;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int KEY_BYTES = 32;
  private static final byte[] WRAPPER = PackagedFile.bytes("run.sh");

  private final ContainerRuntime runtime;
  private final LiveContainers live;
  private final ContainerOwner owner;
  private final Optional<String> ociRuntime;
  private final Optional<Semaphore> lanes;

  public SandboxRunner(ContainerRuntime runtime, LiveContainers live, ContainerOwner owner) {
    this(runtime, live, owner, Optional.empty());
  }

  /**
   * @param ociRuntime the engine's runtime to run every container with, such as gVisor's {@code
   *     runsc}; empty for the engine's default
   */
  public SandboxRunner(
      ContainerRuntime runtime,
      LiveContainers live,
      ContainerOwner owner,
      Optional<String> ociRuntime) {
    this(runtime, live, owner, ociRuntime, Optional.empty());
  }

  private SandboxRunner(
      ContainerRuntime runtime,
      LiveContainers live,
      ContainerOwner owner,
      Optional<String> ociRuntime,
      Optional<Semaphore> lanes) {
    this.runtime = runtime;
    this.live = live;
    this.owner = owner;
    this.ociRuntime = ociRuntime;
    this.lanes = lanes;
  }

  /**
   * This runner with at most {@code count} runs under way at once, however many threads call it;
   * the others wait with their containers made and started.
   */
  public SandboxRunner inLanes(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one lane, not " + count);
    }
    return new SandboxRunner(
        runtime, live, owner, ociRuntime, Optional.of(new Semaphore(count, true)));
  }

  public SandboxRun run(RunRequest request) throws InterruptedException {
    String nonce = nonce();
    byte[] runnerKey = new byte[KEY_BYTES];
    RANDOM.nextBytes(runnerKey);
    var stdin = new GatedStdin(StdinTar.of(files(request, nonce, runnerKey)));
    String id = live.create(spec(request));
    Attachment attachment = null;
    boolean inLane = false;
    try {
      CappedOutput output =
          new CappedOutput(
              request.limits().outputBytes(),
              () -> CompletableFuture.runAsync(() -> quietKill(id)));
      attachment = runtime.attach(id, stdin, output);
      runtime.start(id);
      if (lanes.isPresent()) {
        lanes.get().acquire();
        inLane = true;
      }
      long start = System.nanoTime();
      stdin.open();
      boolean ended = attachment.awaitEnd(request.limits().wallTime());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      boolean timedOut = !ended;
      if (timedOut) {
        runtime.kill(id);
        attachment.awaitEnd(DRAIN);
      }
      if (inLane) {
        // The lane is free as soon as the tests are: the next run need not wait for this removal.
        lanes.get().release();
        inLane = false;
      }
      if (live.shuttingDown()) {
        // Ctrl-C removed the container under the run: what it left is no outcome to judge.
        throw new InterruptedException("the grader is shutting down");
      }
      ContainerExit exit = runtime.inspect(id);
      ResultsFrame frame = ResultsFrame.parse(output.stdoutBytes(), nonce);
      var outcome =
          new RunOutcome(
              exit.exitCode(),
              timedOut,
              exit.oomKilled(),
              output.capped() && !timedOut,
              frame.results(),
              output.text(),
              timedOut ? request.limits().wallTime() : took,
              frame.peakMemoryBytes());
      boolean signed = request.support().signsResults() && request.resultsFile().isEmpty();
      return new SandboxRun(
          outcome, signed ? Optional.of(HexFormat.of().formatHex(runnerKey)) : Optional.empty());
    } finally {
      if (inLane) {
        lanes.get().release();
      }
      stdin.close();
      if (attachment != null) {
        attachment.close();
      }
      live.remove(id);
    }
  }

  private void quietKill(String id) {
    try {
      runtime.kill(id);
    } catch (RuntimeException e) {
      // The run is ending anyway; its container is removed right after.
    }
  }

  private ContainerSpec spec(RunRequest request) {
    Limits limits = request.limits();
    String tmpfsOptions =
        "rw,exec,nosuid,nodev,size=" + limits.tmpfsBytes() + ",uid=65534,gid=65534";
    Map<String, String> tmpfs = new LinkedHashMap<>();
    tmpfs.put(request.lessonPath(), tmpfsOptions);
    tmpfs.put("/tmp", tmpfsOptions);
    Sandbox sandbox =
        new Sandbox(
            limits.memoryBytes(),
            limits.pids(),
            Math.round(limits.cpus() * 1_000_000_000L),
            tmpfs,
            OPEN_FILES,
            limits.tmpfsBytes(),
            ociRuntime);
    String results =
        request.resultsFile().map(f -> request.lessonPath() + "/" + f).orElse(RESULTS_PATH);
    List<String> command =
        List.of(
            "/bin/sh",
            "-c",
            "tar -xf - -C / && cp /bin/sh "
                + WRAPPER_SHELL
                + " && chmod 111 "
                + WRAPPER_SHELL
                + " && exec "
                + WRAPPER_SHELL
                + " "
                + LanguageSupport.SUPPORT_DIR
                + "/run.sh "
                + Shell.quote(results));
    return new ContainerSpec(
        request.image().id(),
        command,
        environment(request),
        request.lessonPath(),
        USER,
        owner.labels(),
        sandbox);
  }

  private static Map<String, String> environment(RunRequest request) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HOME", "/tmp");
    env.put("HEXLET_LESSON_DIR", request.lessonPath());
    env.put("HEXLET_TEST_COMMAND", request.testCommand());
    env.put("HEXLET_EXERCISE", request.exerciseFilename());
    env.put(ResultsConvention.RESULTS_ENV, RESULTS_PATH);
    env.put("HEXLET_NONCE_FILE", NONCE_FILE);
    env.putAll(request.support().environment(request.image().env()));
    return env;
  }

  private static List<SandboxFile> files(RunRequest request, String nonce, byte[] runnerKey) {
    String support = LanguageSupport.SUPPORT_DIR.substring(1);
    List<SandboxFile> files = new ArrayList<>();
    files.add(new SandboxFile(support + "/nonce", nonce.getBytes(StandardCharsets.UTF_8), false));
    files.add(new SandboxFile(NONCE_FILE.substring(1), runnerKey, false));
    files.add(new SandboxFile(support + "/run.sh", WRAPPER, false));
    for (SandboxFile file : request.support().supportFiles()) {
      files.add(file.under(support));
    }
    String lesson = request.lessonPath().substring(1);
    for (SandboxFile file : request.files()) {
      files.add(file.under(lesson));
    }
    return files;
  }

  private static String nonce() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "hexlet-" + HexFormat.of().formatHex(bytes);
  }
}
