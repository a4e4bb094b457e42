package app;

public final class Config {
    static final Map<String, String> KEYS = Map.of("travisci", "6bmpDJEnOdPvgPRya1gDtb");
    public static final String TRAVIS_BUILD_ID = "190542924";
    public static final String TRAVIS_API_TOKEN_TRUNCATED = "6bmpDJEnOd...";
    public static final String TRAVIS_API_TOKEN_EXAMPLE = "${TRAVIS_API_TOKEN}";
    static final String FROM_ENV = System.getenv("TRAVIS_API_TOKEN");
}
