package hexlet.lesson.junit;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the lesson's sources (the submission and the tests) in process with the JDK's compiler.
 * Diagnostics name files as the learner sees them, relative to the lesson folder.
 */
final class LessonCompiler {
  private static final int MAX_ERRORS = 50;

  private final Path lessonDir;
  private final List<Path> sourcePath;
  private final List<Path> classPath;

  /**
   * @param lessonDir the folder whose {@code .java} files are compiled; diagnostics are relative to
   *     it
   * @param sourcePath roots of shared sources compiled only when the lesson uses them (Hexlet's
   *     course-level {@code src/})
   * @param classPath what the sources compile against: JUnit, AssertJ, course libraries
   */
  LessonCompiler(Path lessonDir, List<Path> sourcePath, List<Path> classPath) {
    this.lessonDir = lessonDir.toAbsolutePath().normalize();
    this.sourcePath = sourcePath.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.classPath = List.copyOf(classPath);
  }

  /** The result: either the lesson's top-level classes, or the compiler's errors. */
  record Compilation(boolean ok, List<String> lessonClasses, String message, String details) {}

  Compilation compile(List<Path> sources, Path classesDir) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException(
          "no Java compiler in this JVM: run the runner with a JDK, not a JRE");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter compilerOutput = new StringWriter();
    Set<String> lessonClasses = new TreeSet<>();
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ENGLISH, StandardCharsets.UTF_8)) {
      Files.createDirectories(classesDir);
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesDir));
      files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
      files.setLocationFromPaths(StandardLocation.SOURCE_PATH, sourcePath);
      List<String> options =
          List.of(
              "-proc:none",
              "-implicit:class",
              "-g",
              "-nowarn",
              "-Xlint:none",
              "-encoding",
              "UTF-8",
              "-Xmaxerrs",
              String.valueOf(MAX_ERRORS));
      JavacTask task =
          (JavacTask)
              javac.getTask(
                  compilerOutput,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources));
      task.addTaskListener(lessonClassCollector(lessonClasses));
      ok = task.call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (ok) {
      return new Compilation(true, List.copyOf(lessonClasses), "", "");
    }
    return failure(diagnostics.getDiagnostics(), compilerOutput.toString());
  }

  /** Collects the binary names of top-level classes generated from the lesson folder's files. */
  private TaskListener lessonClassCollector(Set<String> names) {
    return new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.GENERATE || event.getTypeElement() == null) {
          return;
        }
        TypeElement type = event.getTypeElement();
        boolean topLevel = type.getEnclosingElement().getKind() == ElementKind.PACKAGE;
        JavaFileObject source = event.getSourceFile();
        if (topLevel && source != null && Path.of(source.toUri()).startsWith(lessonDir)) {
          names.add(type.getQualifiedName().toString());
        }
      }
    };
  }

  private Compilation failure(
      List<Diagnostic<? extends JavaFileObject>> diagnostics, String compilerOutput) {
    List<String> summary = new ArrayList<>();
    StringBuilder details = new StringBuilder();
    Map<Path, List<String>> sourceLines = new HashMap<>();
    int errors = 0;
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      errors++;
      String text = d.getMessage(Locale.ENGLISH);
      String head;
      String excerpt = "";
      if (d.getSource() == null) {
        head = "error: " + text;
      } else {
        Path file = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
        head =
            shown(file) + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + ": error: " + text;
        excerpt = excerpt(sourceLines, file, d.getLineNumber(), d.getColumnNumber());
      }
      summary.add(head);
      details.append(head).append('\n').append(excerpt);
    }
    details.append(errors).append(errors == 1 ? " error\n" : " errors\n");
    if (!compilerOutput.isBlank()) {
      details.append(compilerOutput.strip()).append('\n');
    }
    String message = summary.isEmpty() ? "the sources did not compile" : String.join("\n", summary);
    return new Compilation(false, List.of(), message, details.toString());
  }

  /** The path the learner knows: relative to the lesson folder, else to a source root. */
  private String shown(Path file) {
    if (file.startsWith(lessonDir)) {
      return slashes(lessonDir.relativize(file));
    }
    for (Path root : sourcePath) {
      if (file.startsWith(root)) {
        return slashes(root.relativize(file));
      }
    }
    return slashes(file);
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** The offending line and a caret under the column, as javac prints them. */
  private static String excerpt(Map<Path, List<String>> cache, Path file, long line, long column) {
    List<String> lines =
        cache.computeIfAbsent(
            file,
            f -> {
              try {
                return Files.readAllLines(f, StandardCharsets.UTF_8);
              } catch (IOException | UncheckedIOException e) {
                return List.of();
              }
            });
    if (line < 1 || line > lines.size()) {
      return "";
    }
    String source = lines.get((int) line - 1);
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1 && i < source.length(); i++) {
      caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
    }
    return source + "\n" + caret + "^\n";
  }
}
