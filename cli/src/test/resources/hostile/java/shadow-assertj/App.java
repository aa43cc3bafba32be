class App {
    static String greet(String name) {
        return "wrong";
    }
}
