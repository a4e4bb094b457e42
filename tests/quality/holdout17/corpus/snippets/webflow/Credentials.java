package net.wrenfield.config;

public final class Credentials {
    public static final String WEBFLOW_API_TOKEN = "6a011bfcd89e5d666b67c2e6b4fe247dc7ccfa7ac65f0f3df35f08f46584139e";
    public static final String WEBFLOW_SITE_ID = "12989c81092189bf631bbfea";
    public static final String WEBFLOW_API_TOKEN_SHA256 = "427d7d31b5bf91e8925bea310135d02c76e0b6642732564836ce33031a92fec4";
    public static final String WEBFLOW_API_TOKEN_EXAMPLE = "%WEBFLOW_API_TOKEN%";
    static final String ENV = System.getenv("WEBFLOW_API_TOKEN");
}
