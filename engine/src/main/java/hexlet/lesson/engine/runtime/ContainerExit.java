package hexlet.lesson.engine.runtime;

/**
 * How a container ended.
 *
 * @param exitCode its main process's exit code
 * @param oomKilled the kernel killed a process of it for memory
 */
public record ContainerExit(int exitCode, boolean oomKilled) {}
