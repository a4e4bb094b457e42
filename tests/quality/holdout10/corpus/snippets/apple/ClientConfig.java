@Configuration
public class ClientConfig {
    @Value("${apple_key_id:INRPE50D2X}")
    private String appleKeyId;
    @Value("${apple_issuer_id:0656b094-fc24-4295-8f91-f91b22bd1354}")
    private String appleIssuerId;
    @Value("${app_store_connect_key_from_env:${APP_STORE_CONNECT_KEY}}")
    private String appStoreConnectKeyFromEnv;
}
