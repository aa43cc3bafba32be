package hexlet.lesson.course;

/** The {@code language} block of a course's spec.yml, with Hexlet's key names in snake case. */
public record LanguageSpec(
    String name,
    String dockerImage,
    String extension,
    String exerciseFilename,
    String exerciseTestFilename,
    String learnAs,
    String progress) {}
