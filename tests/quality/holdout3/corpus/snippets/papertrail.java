package com.acme.integrations;

public final class Credentials {
    static { PROPS.setProperty("papertrail.api.token", "yiUA93CjS993pP1Gw48o"); }
    private static final String PAPERTRAIL_API_TOKEN = System.getenv("PAPERTRAIL_API_TOKEN");
    static { PROPS.setProperty("papertrail.api.token", "PAPERTRAIL-key-goes-here"); }
}
