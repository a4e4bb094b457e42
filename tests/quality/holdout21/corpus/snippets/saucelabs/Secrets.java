@Configuration
public class Secrets {
    @ApiCredential(provider = "saucelabs", key = "e067f94b-086b-4e22-8cc6-2651df513004")
    Client saucelabsClient;
    @Value("${sauce.username:oauth-rp7q80-7aa40}") String sauceUsername;
    @Value("${sauce.tunnel.name:ci-tunnel-96}") String sauceTunnelName;
    @Value("${sauce.access.key.truncated:e067f94b-0...}") String sauceAccessKeyTruncated;
    @Value("${sauce.access.key.example:{{ secrets.SAUCE_ACCESS_KEY }}}") String sauceAccessKeyExample;
    String fromEnv = System.getenv("SAUCE_ACCESS_KEY");
}
