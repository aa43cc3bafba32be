package hexlet.lesson.engine.runtime;

import java.util.Optional;

/**
 * What a container engine says about itself, for {@code doctor}.
 *
 * @param serverVersion the engine's version, such as {@code 20.10.24}
 * @param apiVersion the API version the engine speaks, such as {@code 1.41}
 * @param os the engine's operating system and architecture, such as {@code linux/amd64}
 * @param rootDir where the engine keeps images and containers, on the engine's machine
 * @param cgroupVersion {@code 1} or {@code 2}, when the engine says
 * @param memoryLimit whether the engine says it can limit memory
 * @param swapLimit whether the engine says it can limit swap
 * @param local whether the engine runs on this machine (a Unix socket), so its root folder is this
 *     machine's too
 */
public record EngineInfo(
    String serverVersion,
    String apiVersion,
    String os,
    Optional<String> rootDir,
    Optional<String> cgroupVersion,
    boolean memoryLimit,
    boolean swapLimit,
    boolean local) {}
