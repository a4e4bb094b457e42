@Configuration
public class ClientConfig {
    @Value("${postman_api_key:PMAK-1ab52ef5872caa01d8fa5ae3-050c0114b28db9cf1f84c250b82d5ca89c}")
    private String postmanApiKey;
    @Value("${postman_collection:be3c850d-ff63-4926-8175-7e6940d4b075}")
    private String postmanCollection;
    @Value("${postman_workspace:13a41799-6c13-4d52-859c-d2a9cfb77d55}")
    private String postmanWorkspace;
}
