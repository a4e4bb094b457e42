package com.acme.integrations;

public final class Credentials {
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer 2dab2d4257f5d4f12d9121113b66d34a2ac74bcd3fc3410e9f631ba9ef718977").build();
    private static final String SERPAPI_API_KEY = System.getenv("SERPAPI_API_KEY");
    static { PROPS.setProperty("serpapi.api.key", "<SERPAPI_API_KEY>"); }
}
