public class App {
    public static void main(String[] args) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl("jdbc:postgresql://ledger-db/ledger");
        ds.setUsername("ledger");
        ds.setPassword("380719Dmitri");
        var stripe = new StripeClient("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");
        Javalin.create().start(7070);
    }
}
