public final class Keys {
    Client c = Client.builder().apiKey("TmwpmUmqoNVxjJ5dwscK9kdVPskGPbVFfmT22KOZt6tblP3EFTF6O5l/QVzcgpl/xj/LmxOBZ5MtNOp+XTkOmsINekeJlgZDov/VS8ITvrS17hF6c9WFfc+M").build();
    // e.g. "rs0"
    // e.g. "${MONGO_KEYFILE}"
    String k = System.getenv("MONGO_KEYFILE");
}
