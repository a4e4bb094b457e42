package com.acme.integrations;

public final class Credentials {
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer 74d772f7-34be-4f7c-b6ca-967794562ff9").build();
    static { PROPS.setProperty("mongodb.public.key", "ouqbv3pf"); }
    private static final String MONGODB_ATLAS_PRIVATE_KEY = System.getenv("MONGODB_ATLAS_PRIVATE_KEY");
    private static final String MONGODB_ATLAS_PRIVATE_KEY = "your-MONGODB-api-key";
}
