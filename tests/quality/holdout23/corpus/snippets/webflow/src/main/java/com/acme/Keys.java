package com.acme;

public final class Keys {
    public static final String WEBFLOW_API_TOKEN = "1a791953022716667d2a07f8acf69e143ebdf3d11ef3ea003f893f67ad222f7e";
    public static final String WEBFLOW_SITE_ID = "0054a41c4d9c0b4afc254a34";
    public static final String WEBFLOW_COLLECTION_ID = "de08be26d9e41951ffc01cd3";
    public static final String WEBFLOW_API_TOKEN_MASKED = "1a79************2f7e";
    public static final String WEBFLOW_API_TOKEN_EXAMPLE = "<WEBFLOW_API_TOKEN>";
    private final String fromEnv = System.getenv("WEBFLOW_API_TOKEN");
}
