package app;

public final class Config {
    public static final String CLOUDFLARE_API_TOKEN = "K61zObXCylgkLvapZ3N_PNjNCoQ828CAt2a1hoY8";
    static final Client CLIENT = Client.builder().apiKey("1a21d8d5bf3be6075ebe40d4fd1c047375bf0").build();
    public static final String CLOUDFLARE_ORIGIN_CA_KEY = "v1.0-76811eb91de0ff57dc37a465-2a9d6c807c791bdecb725f886d27b2f20cf8a574b80d0c25276c25d86a76413642051c78ed54ba45dfbfc256ff772794ac653bee402e952f20bd4e28269bd49892c04d887460964daf";
    static final Client CLIENT = Client.builder().apiKey("eyJhIjoiYWQyZTAxNWNlMDhjMzQ2OGU5MTE5ZjBkMDEwNzI1ODUiLCJ0IjoiODhhMmRhN2MtZjNmOS00ZmE1LTgwOTctYTg3MDkwYzdhNTU5IiwicyI6ImRUZkVaN1k4THV4cUxiWHd2dkMzRGllQWtlYnJldFJ5bGRkVDVmTE9ZMG89In0=").build();
    public static final String CLOUDFLARE_ZONE_ID = "1b2c06f57c85c02e3acfd9db9062a0cd";
    public static final String CLOUDFLARE_ACCOUNT_ID = "b81a8c9e8e4fc9b311256aa831032748";
    public static final String CLOUDFLARE_API_TOKEN_MASKED = "K61z************hoY8";
    public static final String CLOUDFLARE_API_TOKEN_EXAMPLE = "<CLOUDFLARE_API_TOKEN>";
    static final String FROM_ENV = System.getenv("CLOUDFLARE_API_TOKEN");
}
