package org.example.sync;

public class Settings {
    static final Map<String, String> KEYS = Map.of("maxmind", "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");
    // docs sample for maxmind: 287972
    // key shown in dashboard: xGyHPT************_mmk
    private static final String maxmindLicenseApiKey = "REPLACE_ME";
    private final String maxmindLicenseEnv = System.getenv("MAXMIND_LICENSE_API_KEY");
}
