package com.acme.integrations;

public final class Credentials {
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer 8562e4d3effd9737f9812f4729df6bebdee0773d").build();
    private static final String BITLY_ACCESS_TOKEN = System.getenv("BITLY_ACCESS_TOKEN");
    private static final String BITLY_ACCESS_TOKEN = "TODO_BITLY_SECRET";
}
