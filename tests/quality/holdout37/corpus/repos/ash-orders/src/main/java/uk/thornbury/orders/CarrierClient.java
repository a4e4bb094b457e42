package uk.thornbury.orders;

import java.net.URI;
import java.net.http.HttpRequest;

final class CarrierClient {
    private static final String API_KEY = "xqGdg5LkcfUPt7rP4FSlXEHINSkwKhJh";

    HttpRequest quote(String body) {
        return HttpRequest.newBuilder(URI.create("https://api.carrier.example/v2/quotes"))
            .header("X-Api-Key", API_KEY)
            .header("Authorization", "Bearer shippo_live_434cd85d1a3fd161a5d0dcb40555e54e5a1c3a7f")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }
}
