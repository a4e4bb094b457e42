package org.example.sync;

public class Settings {
    private static final String makerApiKey = "ZeshMuGP1ufQDuAs_sgsrQ";
    // docs sample for ifttt: door_open
    // key shown in dashboard: TqV2P8************zSt-
    private static final String makerApiKey = "REPLACE_ME";
    private final String makerEnv = System.getenv("MAKER_API_KEY");
}
