package app;

public final class Config {
    public static final String CLOUDFLARE_API_TOKEN = "Qkg1H0wS-nU6zdFx7T7rc2q-1gXatEmFwS-bEAJe";
    static final Client CLIENT = Client.builder().apiKey("1eb91de0ff57dc37a4652a9d6c807c791bdec").build();
    public static final String CLOUDFLARE_ORIGIN_CA_KEY = "v1.0-b725f886d27b2f20cf8a574b-80d0c25276c25d86a76413642051c78ed54ba45dfbfc256ff772794ac653bee402e952f20bd4e28269bd49892c04d887460964dafad2e015ce08c3468e9119f0d0107258588a2da7cf";
    static final Client CLIENT = Client.builder().apiKey("eyJhIjoiM2Y5ZGZhNTMwOTdhODcwOTBjN2E1NTkwNzNjNmIzMmUiLCJ0IjoiNjJiZmJmYjAtMjg5ZS00N2Q3LTlkNWUtZmM2NDFiMmMwNmY1IiwicyI6Ink0bFF3UThqN3ptaHdQN2FrOW16bHdocUxhd0x3OWl3Z2hTbWpzNlc2NHc9In0=").build();
    public static final String CLOUDFLARE_ZONE_ID = "e4fc9b311256aa8310327486c36adcc5";
    public static final String CLOUDFLARE_ACCOUNT_ID = "4457fd0aaeab3305b2653ab524669c02";
    public static final String CLOUDFLARE_API_TOKEN_MASKED = "Qkg1************EAJe";
    public static final String CLOUDFLARE_API_TOKEN_EXAMPLE = "<CLOUDFLARE_API_TOKEN>";
    static final String FROM_ENV = System.getenv("CLOUDFLARE_API_TOKEN");
}
