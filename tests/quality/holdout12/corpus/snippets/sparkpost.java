public final class Keys {
    Client c = Client.builder().apiKey("49c147299345fe03b265c64709fafcd69476ccc3").build();
    // e.g. "75770309218565835"
    // e.g. "%(SPARKPOST_API_KEY)s"
    String k = System.getenv("SPARKPOST_API_KEY");
}
