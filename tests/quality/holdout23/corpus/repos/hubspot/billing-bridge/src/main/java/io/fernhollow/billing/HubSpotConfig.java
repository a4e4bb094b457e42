@Configuration
public class HubSpotConfig {
    @Bean
    HubSpotClient hubSpot() {
        return new HubSpotClient.Builder()
            .accessToken("pat-eu1-5e9ad54b-a456-40c4-a68e-0c00af27771e")
            .appId(3180354L)
            .build();
    }
}
