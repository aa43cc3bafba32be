public class App {
    // BEGIN
    public static String greet(String name) {
        return "Hello, " + name + "!";
    }
    // END
}
