@Configuration
public class ClientConfig {
    @Value("${livekit_api_secret:S03BfROMzhORsUDTAZJN2kSSgwyQ1ekMb7JT2RLYyIt}")
    private String livekitApiSecret;
    @Value("${livekit_api_key:APImea31sWw4atJ}")
    private String livekitApiKey;
    @Value("${livekit_url:wss://acme-fqqadnqv.livekit.cloud}")
    private String livekitUrl;
    @Value("${livekit_api_secret_from_env:${LIVEKIT_API_SECRET}}")
    private String livekitApiSecretFromEnv;
}
