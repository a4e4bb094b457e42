package com.acme.integrations;

public final class Credentials {
    static { PROPS.setProperty("cloudsmith.api.key", "ae40a4bf6cacf90d33803f535b736458d65b2184"); }
    private static final String CLOUDSMITH_API_KEY = System.getenv("CLOUDSMITH_API_KEY");
    static { PROPS.setProperty("cloudsmith.api.key", "<CLOUDSMITH_API_KEY>"); }
}
