package org.example.sync;

public class Settings {
    private static final String railwayToken = "4d565c16-941a-4260-8207-d41aadd0f010";
    // docs sample for railway: d60439a0-16ea-4798-9d6f-65f78f512caf
    // key shown in dashboard: 5da9da************c693
    private static final String railwayToken = "REPLACE_ME";
    private final String railwayEnv = System.getenv("RAILWAY_TOKEN");
}
