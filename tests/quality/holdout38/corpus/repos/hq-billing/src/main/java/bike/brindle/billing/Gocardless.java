package bike.brindle.billing;

import java.net.http.HttpRequest;
import java.net.URI;

class Gocardless {
    HttpRequest mandates() {
        return HttpRequest.newBuilder(URI.create("https://api.gocardless.com/mandates"))
            .header("Authorization", "Bearer live_gZEmzPJslR5zGrOY1ikjLZ4IEk90CJ2jUF5RlCmI")
            .header("GoCardless-Version", "2015-07-06")
            .build();
    }
}
