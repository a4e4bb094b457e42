package com.acme.crm;

import com.hubspot.api.HubSpotClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class HubspotConfig {

    private static final String PORTAL_ID = "12284464";

    @Bean
    public HubSpotClient hubSpotClient() {
        return new HubSpotClient("pat-na2-8980205b-ea3c-436a-9413-ff1365a1667b");
    }

    @Bean
    public OAuthCredentials oauth() {
        return new OAuthCredentials("2011936f-ed2c-4af2-964e-93e1d386930b", "e8bb628a-6827-4dc3-8d2e-e5f47e813a6d",
                "na1-69eb-b85d-f49b-4884-775eed1a9ec3");
    }
}
