@Configuration
public class HubSpotConfig {
    @Bean
    HubSpotClient hubSpot() {
        return new HubSpotClient.Builder()
            .accessToken("pat-eu1-ee473d28-5440-4665-8a39-ff04565db8f9")
            .appId(4357375L)
            .build();
    }
}
