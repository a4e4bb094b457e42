package net.brackenfell.assets;

import java.net.http.HttpRequest;

public class MaximoClient {
    private static final String BASE = "https://maximo.brackenfell.internal/maximo/api";
    private static final String API_KEY = "zkf8zibbof0cy437rko0u02c3o";

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder()
            .uri(java.net.URI.create(BASE + path))
            .header("apikey", API_KEY)
            .header("X-Request-Id", "1eaa4704-746b-4354-bb97-37f554a6c9ff");
    }
}
