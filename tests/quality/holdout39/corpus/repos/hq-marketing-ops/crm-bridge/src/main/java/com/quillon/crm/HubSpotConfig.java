package com.quillon.crm;

public final class HubSpotConfig {
    // private app "ATS bridge"
    public static final String HUBSPOT_API_KEY = "pat-na1-fdff7b01-5a51-42b0-9976-aa0ed10826b1";
    public static final long PORTAL_ID = 75871621L;
}
