class App {
    static String greet(String name) {
        // BEGIN
        return "Hello, " + name + "!";
        // END
    }
}
