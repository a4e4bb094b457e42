package app;

public final class Config {
    public static final String CLOUDFLARE_API_TOKEN = "-d_oXsv3phIR88Rs_wIr7uQ32fBxtgFaZ-qZK61z";
    static final Client CLIENT = Client.builder().apiKey("a0c762129503cd9fa92973afdf764d0d13cf1").build();
    public static final String CLOUDFLARE_ORIGIN_CA_KEY = "v1.0-a21d8d5bf3be6075ebe40d4f-d1c047375bf076811eb91de0ff57dc37a4652a9d6c807c791bdecb725f886d27b2f20cf8a574b80d0c25276c25d86a76413642051c78ed54ba45dfbfc256ff772794ac653bee402e95";
    static final Client CLIENT = Client.builder().apiKey("eyJhIjoiMmYyMGJkNGUyODI2OWJkNDk4OTJjMDRkODg3NDYwOTYiLCJ0IjoiNGRhZmFkMmUtMDE1Yy00MDhjLTg0NjgtZTkxMTlmMGQwMTA3IiwicyI6IlZZNVlqNDJpTHRhaWVzdndOdk9hMVAycFh6Z0xtWENsaFhrRmx3dk1jYVE9In0=").build();
    public static final String CLOUDFLARE_ZONE_ID = "559073c6b32e62bfbfb0289ee7d79d5e";
    public static final String CLOUDFLARE_ACCOUNT_ID = "fc641b2c06f57c85c02e3acfd9db9062";
    public static final String CLOUDFLARE_API_TOKEN_MASKED = "-d_o************K61z";
    public static final String CLOUDFLARE_API_TOKEN_EXAMPLE = "<CLOUDFLARE_API_TOKEN>";
    static final String FROM_ENV = System.getenv("CLOUDFLARE_API_TOKEN");
}
