// Tries TCP to every address of the grading machine (targets.txt, written by the test, where a
// listener waits) and name resolution. Any success is ESCAPED.
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

class App {
    static String greet(String name) {
        try {
            int tried = 0;
            for (String line : Files.readAllLines(Path.of("targets.txt"))) {
                if (line.isBlank()) {
                    continue;
                }
                String[] target = line.split(" ");
                tried++;
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(target[0], Integer.parseInt(target[1])), 1000);
                    System.out.println("ESCAPED: connected to " + line);
                } catch (Exception e) {
                    // refused or unreachable: what should happen
                }
            }
            try {
                InetAddress.getByName("hexlet-lesson.invalid");
                System.out.println("ESCAPED: a name resolved");
            } catch (Exception e) {
                // no resolver: what should happen
            }
            System.out.println("PROBE-DONE tried " + tried + " addresses");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "wrong";
    }
}
