package hexlet.lesson.cli;

import hexlet.lesson.grading.LimitsOverride;
import hexlet.lesson.grading.Quantity;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The limits of each run, overriding the course's and lesson's settings. */
final class LimitOptions {
  @Option(
      names = "--time",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Wall time of each run, like 10s or 1500ms (default 10s).")
  Duration time;

  @Option(
      names = "--memory",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Memory of each run, swap included, like 512m (default 512m).")
  Long memory;

  @Option(
      names = "--pids",
      paramLabel = "N",
      description = "Most processes and threads at once (default 256).")
  Long pids;

  @Option(
      names = "--cpus",
      paramLabel = "N",
      description = "CPUs per run, like 1 or 0.5 (default 1).")
  Double cpus;

  @Option(
      names = "--output-limit",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Most output a run may print before it is stopped (default 1m).")
  Long outputLimit;

  @Option(
      names = "--tmpfs",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Size of the writable lesson folder and of /tmp, each (default 64m).")
  Long tmpfs;

  LimitsOverride override() {
    return new LimitsOverride(time, memory, pids, cpus, outputLimit, tmpfs);
  }

  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return Quantity.duration(value);
    }
  }

  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return Quantity.bytes(value);
    }
  }
}
