package com.acme.integrations;

public final class Credentials {
    private static final String LAUNCHDARKLY_SDK_KEY = "sdk-eab021f6-c0a0-4b00-87c3-f3d9ae1c80b8";
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer api-3c719bdd-5211-4700-805c-5b54c6923fec").build();
    private static final String LAUNCHDARKLY_MOBILE_KEY = "mob-b3d102e1-5b8d-466c-b3c0-02fbf75b0116";
    static { PROPS.setProperty("launchdarkly.client.side.id", "f8c66e5ffa6e7096eb3b0771"); }
    private static final String LAUNCHDARKLY_SDK_KEY = System.getenv("LAUNCHDARKLY_SDK_KEY");
}
