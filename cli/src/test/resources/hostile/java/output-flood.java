// Prints without end, on both streams.
class App {
    static String greet(String name) {
        String line = "flood ".repeat(100);
        while (true) {
            System.out.println(line);
            System.err.println(line);
        }
    }
}
