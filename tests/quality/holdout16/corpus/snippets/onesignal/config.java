package com.example.integrations;

public final class Keys {
    public static final String ONESIGNAL_REST_API_KEY = "os_v2_app_rh7qfp3nj7dcsbkakglyzixgjfaecda5ya4xa4nhhnczrekatrfxaadmnip35q4ys5talpu4qqiygg752kxpzkfrxk64dtxl6w45doasqvp7gxc4w";
    public static final String ONESIGNAL_APP_ID = "496271ff-4a04-493e-a1af-966a3b70770d";
    public static final String ONESIGNAL_REST_API_KEY_SHA256 = "ebb4e0b8e7212e12aed8e926161936e9439f6535ec25c00cdde9a7b7fcca87b3";
    public static final String ONESIGNAL_REST_API_KEY_EXAMPLE = "{{ ONESIGNAL_REST_API_KEY }}";
    static final String FROM_ENV = System.getenv("ONESIGNAL_REST_API_KEY");
}
