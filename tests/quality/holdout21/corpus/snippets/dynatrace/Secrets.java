@Configuration
public class Secrets {
    @Value("${dt.api.token:dt0c01.QZ2H4WGD47ESIWB8SJDPK2OJ.6QHLCCR0YVEG2GQLMUNO6YSABFJ1Q3HXAVHCICP4EW51ELVZVR19EVXURE4Z4ECW}") String dtApiToken;
    @Value("${dt.environment.id:wvjbli7t}") String dtEnvironmentId;
    @Value("${dt.token.id:dt0c01.S85PH7ZNUBGKA4PS5FFC2XPG}") String dtTokenId;
    @Value("${dt.api.token.sha256:bd066122be47bf0f7597bfbb4632fcf706dbf7e2c6ab41c4ff5d4c8b0755e039}") String dtApiTokenSha256;
    @Value("${dt.api.token.example:$(DT_API_TOKEN)}") String dtApiTokenExample;
    String fromEnv = System.getenv("DT_API_TOKEN");
}
