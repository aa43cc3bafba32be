package hexlet.lesson.engine.doctor;

import hexlet.lesson.core.ToolException;
import hexlet.lesson.course.Course;
import hexlet.lesson.engine.image.CourseImages;
import hexlet.lesson.engine.runtime.ContainerOwner;
import hexlet.lesson.engine.runtime.ContainerRuntime;
import hexlet.lesson.engine.runtime.EngineInfo;
import hexlet.lesson.engine.runtime.LiveContainers;
import hexlet.lesson.engine.runtime.RunPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that this machine can grade: the Java runtime, the Docker engine and its API, that the
 * engine really enforces the memory and process limits (two tiny containers that try to break
 * them), free disk space for images and temporary files, and, given a course, that its image is
 * built for the course as it is now.
 */
public final class Doctor {
  /** The oldest Docker API that has every setting a grading run uses. */
  static final String MIN_API = "1.25";

  static final long FAIL_BELOW = 1L << 30;
  static final long WARN_BELOW = 5L << 30;

  /** The image tried for the limit probes when the course gives none. */
  static final String FALLBACK_IMAGE = "debian:bookworm-slim";

  static final long PROBE_MEMORY = 32L << 20;
  static final long PROBE_ALLOCATION = 256L << 20;
  static final long PROBE_PIDS = 16;
  static final int PROBE_FORKS = 64;

  static final String MEMORY_SCRIPT =
      "head -c " + PROBE_ALLOCATION + " /dev/zero | tail > /dev/null; echo \"hog=$?\"";

  static final String PIDS_SCRIPT =
      "i=0; while [ $i -lt " + PROBE_FORKS + " ]; do sleep 10 & i=$((i+1)); done; echo forked-all";

  private static final Pattern FROM =
      Pattern.compile(
          "^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$", Pattern.CASE_INSENSITIVE);

  private final ContainerRuntime runtime;
  private final ProbeContainer probe;
  private final DiskSpace disk;
  private final Runtime.Version java;
  private final String javaVendor;
  private final Path tempDir;

  public Doctor(
      ContainerRuntime runtime,
      LiveContainers live,
      ContainerOwner owner,
      DiskSpace disk,
      Runtime.Version java,
      String javaVendor,
      Path tempDir) {
    this.runtime = runtime;
    this.probe = new ProbeContainer(runtime, live, owner);
    this.disk = disk;
    this.java = java;
    this.javaVendor = javaVendor;
    this.tempDir = tempDir;
  }

  /**
   * Runs every check.
   *
   * @param course the course whose image to check; empty to skip the course's checks
   */
  public Checkup examine(Optional<Course> course) throws InterruptedException {
    List<Finding> findings = new ArrayList<>();
    findings.add(java());
    Optional<EngineInfo> engine;
    try {
      engine = Optional.of(runtime.info());
    } catch (ToolException e) {
      engine = Optional.empty();
      findings.add(Finding.fail("docker", "unreachable", e.getMessage()));
    }
    if (engine.isEmpty()) {
      for (String check :
          List.of("course image", "memory limit", "pids limit", "docker disk space")) {
        findings.add(Finding.skip(check, "needs the Docker engine"));
      }
      findings.add(space("temp disk space", tempDir));
      return new Checkup(findings);
    }
    findings.add(docker(engine.get()));
    Optional<String> probeImage = Optional.empty();
    if (course.isPresent()) {
      CourseImageState state = courseImage(course.get());
      findings.addAll(state.findings());
      probeImage = state.usable();
    } else {
      findings.add(
          Finding.skip("course image", "no course given (doctor DIR checks a course's image)"));
    }
    if (probeImage.isEmpty() && runtime.image(FALLBACK_IMAGE).isPresent()) {
      probeImage = Optional.of(FALLBACK_IMAGE);
    }
    findings.addAll(limits(probeImage, engine.get()));
    findings.add(dockerSpace(engine.get()));
    findings.add(space("temp disk space", tempDir));
    return new Checkup(findings);
  }

  private Finding java() {
    String detail = "Java " + java + (javaVendor.isBlank() ? "" : " (" + javaVendor + ")");
    if (java.feature() < 17) {
      return Finding.fail("java", detail, "install Java 17 or newer and put it first on PATH");
    }
    return Finding.ok("java", detail);
  }

  private static Finding docker(EngineInfo engine) {
    String detail =
        "Docker "
            + engine.serverVersion()
            + ", API "
            + engine.apiVersion()
            + ", "
            + engine.os()
            + engine.cgroupVersion().map(v -> ", cgroup v" + v).orElse("");
    if (compareVersions(engine.apiVersion(), MIN_API) < 0) {
      return Finding.fail(
          "docker",
          detail,
          "the engine is too old: grading needs API " + MIN_API + " (Docker 1.13) or newer");
    }
    return Finding.ok("docker", detail);
  }

  /** The course image's findings, and an image the limit probes can run in. */
  private record CourseImageState(List<Finding> findings, Optional<String> usable) {}

  private CourseImageState courseImage(Course course) {
    String tag;
    try {
      tag = new CourseImages(runtime, Clock.systemUTC()).tag(course);
    } catch (ToolException e) {
      return new CourseImageState(
          List.of(Finding.fail("course image", e.getMessage(), "add a Dockerfile to the course")),
          Optional.empty());
    }
    if (runtime.image(tag).isPresent()) {
      return new CourseImageState(
          List.of(Finding.ok("course image", "built and up to date: " + tag)), Optional.of(tag));
    }
    List<Finding> findings = new ArrayList<>();
    findings.add(
        Finding.fail(
            "course image",
            "not built for the course as it is now (no image " + tag + ")",
            "hexlet-lesson build " + course.root()));
    Optional<String> usable = Optional.empty();
    for (String base : baseImages(course.root().resolve("Dockerfile"))) {
      if (runtime.image(base).isPresent()) {
        findings.add(Finding.ok("base image", base + " is in the engine"));
        usable = usable.or(() -> Optional.of(base));
      } else {
        findings.add(
            Finding.fail(
                "base image",
                base + " (the Dockerfile's FROM) is not in the engine, so the build must pull it",
                "`docker pull "
                    + base
                    + "` where a registry is reachable, or `docker load` it from a file; on a"
                    + " machine without a registry, .ci/docker-up makes debian:bookworm-slim"));
      }
    }
    return new CourseImageState(findings, usable);
  }

  /** The images a Dockerfile builds FROM, without its own stages, scratch and ARG-made names. */
  static List<String> baseImages(Path dockerfile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dockerfile);
    } catch (IOException e) {
      return List.of();
    }
    Set<String> stages = new HashSet<>();
    Set<String> bases = new LinkedHashSet<>();
    for (String line : lines) {
      Matcher m = FROM.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String image = m.group(1);
      if (!stages.contains(image.toLowerCase(Locale.ROOT))
          && !image.equalsIgnoreCase("scratch")
          && !image.contains("$")) {
        bases.add(image.contains(":") || image.contains("@") ? image : image + ":latest");
      }
      if (m.group(2) != null) {
        stages.add(m.group(2).toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(bases);
  }

  private List<Finding> limits(Optional<String> image, EngineInfo engine)
      throws InterruptedException {
    if (image.isEmpty()) {
      String why =
          "no local image to run a probe in (the course's image, its base, or "
              + FALLBACK_IMAGE
              + ")";
      return List.of(Finding.skip("memory limit", why), Finding.skip("pids limit", why));
    }
    String in = image.get();
    try (RunPool pool = new RunPool("hexlet-lesson-doctor", 2)) {
      var memory = pool.submit(() -> probe(in, MEMORY_SCRIPT, PROBE_MEMORY, PROBE_FORKS));
      var pids = pool.submit(() -> probe(in, PIDS_SCRIPT, 256L << 20, PROBE_PIDS));
      List<Finding> findings = new ArrayList<>();
      findings.add(memoryFinding(await(memory), engine));
      findings.add(pidsFinding(await(pids)));
      return findings;
    }
  }

  private Probed probe(String image, String script, long memory, long pids) {
    try {
      return new Probed(Optional.of(probe.run(image, script, memory, pids)), Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Probed(Optional.empty(), Optional.of("interrupted"));
    } catch (RuntimeException e) {
      return new Probed(Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
    }
  }

  private record Probed(Optional<ProbeContainer.Run> run, Optional<String> failure) {}

  private static Probed await(Future<Probed> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return new Probed(Optional.empty(), Optional.of(String.valueOf(e.getCause())));
    }
  }

  private static Finding memoryFinding(Probed probed, EngineInfo engine) {
    String name = "memory limit";
    if (probed.run().isEmpty()) {
      return Finding.fail(
          name,
          "the probe container did not run: " + probed.failure().orElse(""),
          "check that the engine can run containers (`docker run --rm IMAGE true`)");
    }
    ProbeContainer.Run run = probed.run().get();
    boolean stopped = run.exit().oomKilled() || run.stdout().contains("hog=137");
    String attempt =
        "a " + mib(PROBE_ALLOCATION) + " allocation under a " + mib(PROBE_MEMORY) + " limit";
    if (!stopped) {
      return Finding.fail(
          name,
          attempt + " was not stopped: learner code could take all the machine's memory",
          "enable the memory cgroup (kernel options cgroup_enable=memory swapaccount=1, or a"
              + " cgroup v2 system) and restart Docker");
    }
    if (!engine.swapLimit()) {
      return Finding.warn(
          name,
          attempt + " was stopped, but the engine has no swap limit: runs may swap past it",
          "add swapaccount=1 to the kernel options and reboot");
    }
    return Finding.ok(name, attempt + " was stopped (out of memory)");
  }

  private static Finding pidsFinding(Probed probed) {
    String name = "pids limit";
    if (probed.run().isEmpty()) {
      return Finding.fail(
          name,
          "the probe container did not run: " + probed.failure().orElse(""),
          "check that the engine can run containers (`docker run --rm IMAGE true`)");
    }
    ProbeContainer.Run run = probed.run().get();
    String attempt = PROBE_FORKS + " processes under a limit of " + PROBE_PIDS;
    if (run.stdout().contains("forked-all")) {
      return Finding.fail(
          name,
          attempt + " all started: a fork bomb in learner code would reach the machine",
          "enable the pids cgroup controller (Linux 4.3 or newer) and restart Docker");
    }
    return Finding.ok(name, attempt + ": forking stopped at the limit");
  }

  private Finding dockerSpace(EngineInfo engine) {
    String name = "docker disk space";
    if (!engine.local()) {
      return Finding.skip(name, "the engine runs on another machine");
    }
    if (engine.rootDir().isEmpty()) {
      return Finding.skip(name, "the engine did not say where it keeps images");
    }
    return space(name, Path.of(engine.rootDir().get()));
  }

  private Finding space(String name, Path folder) {
    OptionalLong free = disk.usable(folder);
    if (free.isEmpty()) {
      return Finding.skip(name, folder + " cannot be looked at from here");
    }
    String detail = gib(free.getAsLong()) + " free in " + folder;
    String fix = "free space there: `docker system prune` removes unused images and containers";
    if (free.getAsLong() < FAIL_BELOW) {
      return Finding.fail(name, detail, fix);
    }
    if (free.getAsLong() < WARN_BELOW) {
      return Finding.warn(name, detail + ": course images and bundles need a few GiB", fix);
    }
    return Finding.ok(name, detail);
  }

  /** Compares dotted version numbers, {@code 1.9} before {@code 1.41}. */
  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int p = i < x.length ? number(x[i]) : 0;
      int q = i < y.length ? number(y[i]) : 0;
      if (p != q) {
        return Integer.compare(p, q);
      }
    }
    return 0;
  }

  private static int number(String part) {
    try {
      return Integer.parseInt(part.replaceAll("\\D.*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
  }
}
