class App {
    static String sign(int number) {
        // BEGIN
        if (number > 0) {
            return "positive";
        }
        if (number < 0) {
            return "negative";
        }
        return "zero";
        // END
    }
}
