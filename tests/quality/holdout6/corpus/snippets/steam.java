package com.acme.integration;

public class SteamConfig {
    static final String[] KEYS = { "EC7BBB73CED1BB09B514AB78423E40F3" };
    private static final String STEAM_APP_ID = "796697";
    private static final String STEAM_ID = "76561192174986560";
    private final String steamToken = System.getenv("STEAM_TOKEN");
}
