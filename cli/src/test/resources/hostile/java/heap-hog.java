// Fills the heap: the JVM throws OutOfMemoryError inside the test, which fails.
import java.util.ArrayList;
import java.util.List;

class App {
    static String greet(String name) {
        List<byte[]> hog = new ArrayList<>();
        while (true) {
            hog.add(new byte[1 << 20]);
        }
    }
}
