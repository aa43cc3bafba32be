// Starts a process that grows without end: the kernel kills the container.
class App {
    static String greet(String name) {
        try {
            new ProcessBuilder("tail", "/dev/zero").inheritIO().start().waitFor();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return "wrong";
    }
}
