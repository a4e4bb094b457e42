package app;

public final class Config {
    static final Map<String, String> KEYS = Map.of("travisci", "ve30vymE9CMzoe8np28wOp");
    public static final String TRAVIS_BUILD_ID = "408823115";
    public static final String TRAVIS_API_TOKEN_TRUNCATED = "ve30vymE9C...";
    public static final String TRAVIS_API_TOKEN_EXAMPLE = "${TRAVIS_API_TOKEN}";
    static final String FROM_ENV = System.getenv("TRAVIS_API_TOKEN");
}
