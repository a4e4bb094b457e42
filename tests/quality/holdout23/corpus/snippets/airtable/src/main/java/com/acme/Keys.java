package com.acme;

public final class Keys {
    public static final String AIRTABLE_TOKEN = "pat4J9EZCTravybY9.4c605ed2d8f598271fc0ed9adb98a5c1df882c684b3e38e01837f1d286b425cb";
    public static final String AIRTABLE_BASE_ID = "appsfN6SPMkch6Vlb";
    public static final String AIRTABLE_TABLE_ID = "tbliNRi7UsE5TsKYX";
    public static final String AIRTABLE_TOKEN_SHA256 = "e5a8098f5773c5f8371887c5c9e6c1087870aed7377428b25ef673ebd10d7030";
    public static final String AIRTABLE_TOKEN_EXAMPLE = "xxxxxxxxxxxxxxxxxxxxxxxx";
    private final String fromEnv = System.getenv("AIRTABLE_TOKEN");
}
