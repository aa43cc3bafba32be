package hexlet.lesson.engine.image;

import hexlet.lesson.engine.runtime.ImageInfo;
import java.time.Duration;

/**
 * The image a course runs in.
 *
 * @param tag the tag it was found or built under, or the prepared image's name
 * @param built whether this call built it (false: it was already there)
 * @param took how long finding or building it took
 */
public record BuiltImage(String tag, ImageInfo image, boolean built, Duration took) {}
