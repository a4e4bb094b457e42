@Configuration
public class ClientConfig {
    @Value("${tigris_secret_access_key:tsec_cN0ifyziUWRlw2a1UWPZB2rMQJm3Mul54oirr5SDDMd}")
    private String tigrisSecretAccessKey;
    @Value("${tigris_key_id:tid_0gqINzD8FbqAfNmcPPIqgNUvCvseb1}")
    private String tigrisKeyId;
    @Value("${tigris_bucket:acme-assets}")
    private String tigrisBucket;
    @Value("${tigris_secret_access_key_from_env:${TIGRIS_SECRET_ACCESS_KEY}}")
    private String tigrisSecretAccessKeyFromEnv;
}
