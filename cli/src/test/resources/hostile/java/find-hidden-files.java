// Searches the whole filesystem for the course's reference solutions: needles.txt (written by the
// test, hex-encoded so that it does not match itself) holds each whole reference file and its
// BEGIN..END body. Any hit outside this submission is ESCAPED.
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.List;

class App {
    private static boolean searched;

    static String greet(String name) {
        if (searched) {
            return "wrong";
        }
        searched = true;
        try {
            Path here = Path.of("").toAbsolutePath();
            List<String> needles = Files.readAllLines(here.resolve("needles.txt")).stream()
                .filter(l -> !l.isBlank())
                .map(l -> new String(HexFormat.of().parseHex(l.strip())))
                .toList();
            int[] seen = {0};
            Files.walkFileTree(Path.of("/"), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String d = dir.toString();
                    return d.equals("/proc") || d.equals("/sys") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || file.getParent().equals(here)
                            && (file.endsWith("App.java") || file.endsWith("needles.txt"))) {
                        return FileVisitResult.CONTINUE;
                    }
                    try {
                        String text = new String(Files.readAllBytes(file));
                        seen[0]++;
                        for (String needle : needles) {
                            if (text.contains(needle)) {
                                System.out.println("ESCAPED: found a reference solution in " + file);
                            }
                        }
                    } catch (IOException | OutOfMemoryError e) {
                        // unreadable or too big: skipped
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
            System.out.println("PROBE-DONE searched " + seen[0] + " files for " + needles.size() + " needles");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "wrong";
    }
}
