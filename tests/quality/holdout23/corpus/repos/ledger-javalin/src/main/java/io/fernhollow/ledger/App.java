public class App {
    public static void main(String[] args) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://ledger-db/ledger");
        ds.setUsername("ledger");
        ds.setPassword("669231Oskar");
        var stripe = new StripeClient("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");
        Javalin.create().start(7070);
    }
}
