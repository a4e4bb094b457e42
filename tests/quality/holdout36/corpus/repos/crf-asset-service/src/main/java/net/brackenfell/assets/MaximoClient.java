package net.brackenfell.assets;

import java.net.http.HttpRequest;

public class MaximoClient {
    private static final String BASE = "https://maximo.brackenfell.internal/maximo/api";
    private static final String API_KEY = "v310rzb54ccs3eswd79rskr6mt";

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder()
            .uri(java.net.URI.create(BASE + path))
            .header("apikey", API_KEY)
            .header("X-Request-Id", "6824f846-9cba-486b-8401-d245da9cb73e");
    }
}
