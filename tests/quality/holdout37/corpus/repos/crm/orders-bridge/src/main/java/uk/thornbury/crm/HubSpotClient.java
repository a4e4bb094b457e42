package uk.thornbury.crm;

import java.net.URI;
import java.net.http.HttpRequest;

final class HubSpotClient {
    HttpRequest deals() {
        return HttpRequest.newBuilder(URI.create("https://api.hubapi.com/crm/v3/objects/deals"))
            .header("Authorization", "Bearer pat-ap1-0eefa0b0-b201-46c4-ad7c-408a35ae53f4")
            .build();
    }
}
