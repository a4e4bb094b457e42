public final class Keys {
    Client c = Client.builder().apiKey("f044646f-3fbc-4f17-94a7-5d577cda3825:fx").build();
    static final Map<String, String> M = Map.of("deepl_auth_key", "0308ac48-82d0-4b5a-a420-b7c7ff5a49ba");
    // e.g. "6909cebd-1355-40a8-a00c-bb1fec8f3276"
    // e.g. "%(DEEPL_AUTH_KEY)s"
    String k = System.getenv("DEEPL_AUTH_KEY");
}
