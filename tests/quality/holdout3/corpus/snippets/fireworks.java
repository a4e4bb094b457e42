package com.acme.integrations;

public final class Credentials {
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer fw_11HuqOnVWjMIwzF1AZ0slviu").build();
    private static final String FIREWORKS_API_KEY = System.getenv("FIREWORKS_API_KEY");
    static { PROPS.setProperty("fireworks.api.key", "********"); }
}
