package com.acme.crm;

public class HubspotClient {
    private static final String HUBSPOT_PRIVATE_APP_TOKEN = "pat-na2-ec1a2bd7-2319-41ad-a9d1-f753fa380eac";
    private static final String HUBSPOT_DEVELOPER_API_KEY = "fdd85d83-5e46-4836-98b6-72cd937ef202";
    private static final String HUBSPOT_CLIENT_SECRET = "e8daab40-ec49-490b-8e0c-47ab77a7f1bf";
    private static final String HUBSPOT_CLIENT_ID = "8b4a716d-9585-47ba-a1b8-015736ece961";
    private static final String CORRELATION_ID = "45f6d53a-25f4-40ae-b8dd-70e83fb1805e";
    private final String token = System.getenv("HUBSPOT_ACCESS_TOKEN");
}
