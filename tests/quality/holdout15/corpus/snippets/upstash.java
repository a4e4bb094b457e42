package com.acme.integrations;

public final class Settings {
    static HttpRequest.Builder req() { return HttpRequest.newBuilder().header("X-Api-Key", "AXy-ASQgYjFlZDEwY2QtZDhhNC00OGM1LTlkNTMtMDk4YjBkZTkxNTg3ke1q7Qnf2tly"); }
    private static final String UPSTASH_REDIS_URL = "rediss://default:539ea8bc72e28e52ed4247b1be12f859@eu1-brave-lark-93446.upstash.io:6379";
    static final String UPSTASH_DB_ID = "bce7a3a8-0191-4cd7-8839-4b1bdb1d707d";
    static final String UPSTASH_REDIS_REST_TOKEN_MASKED = "AXoBAS************j_LW";
    static final String UPSTASH_REDIS_REST_TOKEN_EXAMPLE = "changeme";
    static final String FROM_ENV = System.getenv("UPSTASH_REDIS_REST_TOKEN");
}
