// Starts threads that never end (not daemons), then answers wrong: the run must still end at once.
class App {
    static String greet(String name) {
        for (int i = 0; i < 8; i++) {
            Thread sleeper = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // and sleep again
                    }
                }
            });
            sleeper.setDaemon(false);
            sleeper.start();
        }
        return "wrong";
    }
}
