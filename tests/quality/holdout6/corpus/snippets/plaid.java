package com.acme.integration;

public class PlaidConfig {
    private final Client client = new Client("891c3a5b2d750abad82941eb9d3c7c");
    static final String[] KEYS = { "access-production-00f4a7ba-e923-435d-a040-5efbd4fafa69" };
    private static final String PLAID_CLIENT_ID = "988c4fc90e3f6934dca77951";
    private static final String PLAID_PUBLIC_TOKEN = "public-sandbox-7cd65bc4-4df9-48de-82a3-1ff22b6c7320";
    private final String plaidToken = System.getenv("PLAID_TOKEN");
}
