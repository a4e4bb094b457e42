package com.acme.integrations;

public final class Settings {
    private static final String MAILGUN_API_KEY = "b7b478dcbef673cd28d1c711ee6e397b-e27e745f-c3b8e833";
    static HttpRequest.Builder req() { return HttpRequest.newBuilder().header("X-Api-Key", "key-1fe8ab84aa5d30d9f714f0959a7e9de1"); }
    static final String MAILGUN_PUBLIC_KEY = "pubkey-dce4fa68a11af838b1b652ecfd0d54a6";
    static final String MAILGUN_API_KEY_MASKED = "953158************6e95";
    static final String MAILGUN_API_KEY_EXAMPLE = "{{ mailgun_api_key }}";
    static final String FROM_ENV = System.getenv("MAILGUN_API_KEY");
}
