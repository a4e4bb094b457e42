public final class Keys {
    Client c = Client.builder().apiKey("7df0faa8dc0c97b6d3ca76e2a07d15d602cb93e5").build();
    // e.g. "94660027429510258"
    // e.g. "%(SPARKPOST_API_KEY)s"
    String k = System.getenv("SPARKPOST_API_KEY");
}
