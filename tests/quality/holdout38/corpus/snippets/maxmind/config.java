package bike.brindle.config;

public final class Keys {
    private static final String MAXMIND_LICENSE_KEY = "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";
    private static final String MAXMIND_ACCOUNT_ID = "593794";
    private static final String MAXMIND_LICENSE_KEY_STAGING = "<MAXMIND_LICENSE_KEY>";
}
