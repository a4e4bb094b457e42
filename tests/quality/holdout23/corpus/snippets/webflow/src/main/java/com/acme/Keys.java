package com.acme;

public final class Keys {
    public static final String WEBFLOW_API_TOKEN = "cf69e143ebdf3d11ef3ea003f893f67ad222f7e0054a41c4d9c0b4afc254a34d";
    public static final String WEBFLOW_SITE_ID = "e08be26d9e41951ffc01cd38";
    public static final String WEBFLOW_COLLECTION_ID = "b3795ada93abc1b5bc0e838d";
    public static final String WEBFLOW_API_TOKEN_MASKED = "cf69************a34d";
    public static final String WEBFLOW_API_TOKEN_EXAMPLE = "<WEBFLOW_API_TOKEN>";
    private final String fromEnv = System.getenv("WEBFLOW_API_TOKEN");
}
