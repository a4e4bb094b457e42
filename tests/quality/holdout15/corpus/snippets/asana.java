package com.acme.integrations;

public final class Settings {
    static HttpRequest.Builder req() { return HttpRequest.newBuilder().header("X-Api-Key", "2/4983757568797773/3859754495156674:4e240cb1e78fd6ea77246aac15f3fa5e"); }
    static final String ASANA_WORKSPACE_GID = "0032463928481226";
    static final String ASANA_ACCESS_TOKEN_MASKED = "2/2180************2b83";
    static final String ASANA_ACCESS_TOKEN_EXAMPLE = "YOUR_API_KEY_HERE";
    static final String FROM_ENV = System.getenv("ASANA_ACCESS_TOKEN");
}
