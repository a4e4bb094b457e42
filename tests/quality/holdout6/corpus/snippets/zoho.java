package com.acme.integration;

public class ZohoConfig {
    @Value("${zoho.refresh.token:1000.cec135c1c16d2fb5940471b69e2857b0.1848c05b9f84dfbd900d5c1df6731f62}") private String zohoRefreshToken;
    private static final String ZOHO_CLIENT_SECRET = "a8d2f724526daa5478d5deb34035778c2994fdc364";
    private static final String ZOHO_CLIENT_ID = "1000.UXCUDWYBPE0F5ZMTIHNAJF7LWLWR1Q";
    private static final String ZOHO_ORG_ID = "349750804";
    private final String zohoToken = System.getenv("ZOHO_TOKEN");
}
