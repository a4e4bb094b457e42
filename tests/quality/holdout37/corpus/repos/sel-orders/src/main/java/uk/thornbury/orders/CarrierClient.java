package uk.thornbury.orders;

import java.net.URI;
import java.net.http.HttpRequest;

final class CarrierClient {
    private static final String API_KEY = "Fq5qJhj22kcK0994F4FQvhLj8XEzXXJ7";

    HttpRequest quote(String body) {
        return HttpRequest.newBuilder(URI.create("https://api.carrier.example/v2/quotes"))
            .header("X-Api-Key", API_KEY)
            .header("Authorization", "Bearer shippo_live_d4e5f0563e478f77b71f6d034dff358cf734ea5d")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    }
}
