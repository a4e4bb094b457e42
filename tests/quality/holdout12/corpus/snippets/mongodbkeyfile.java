public final class Keys {
    Client c = Client.builder().apiKey("Pt6YnUUKme+yspClCNulo7qFOgCUNckQjpkcDofC+p6kJKRJ7aEW/bMrokVdDewcHxjG/VnQHPED9LmvI4oo0E+1PGKUQKJqTiz/IRqiqWEVeBfKqjjRV+pl").build();
    // e.g. "rs0"
    // e.g. "${MONGO_KEYFILE}"
    String k = System.getenv("MONGO_KEYFILE");
}
