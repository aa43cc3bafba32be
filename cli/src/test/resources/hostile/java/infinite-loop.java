// Never returns.
class App {
    static String greet(String name) {
        while (true) {
            Thread.onSpinWait();
        }
    }
}
