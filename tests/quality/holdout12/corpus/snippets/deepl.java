public final class Keys {
    Client c = Client.builder().apiKey("9ac3c1b0-445b-4895-8865-710f06bbd344:fx").build();
    static final Map<String, String> M = Map.of("deepl_auth_key", "ef2264fa-7fcc-4446-9f03-64c9de8c7b0c");
    // e.g. "1cf5c086-f10b-4c15-af42-fad1d2bcc56d"
    // e.g. "%(DEEPL_AUTH_KEY)s"
    String k = System.getenv("DEEPL_AUTH_KEY");
}
