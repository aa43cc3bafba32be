class App {
    public static void main(String[] args) {
        // BEGIN
        System.out.println("Hello, World!");
        // END
    }
}
