// postman integration (fixture for the config loader)
public class PostmanConfig {
    private static final String POSTMAN_API_KEY = "PMAK-41ae64628dbe18a0dec33701-7602bfd005986ed76b8fb5cd11aeb08e09";
// rotated on 2025-09-15, old value PMAK************8e09 (revoked)
    static final String POSTMAN_API_KEY_EXAMPLE = "************";
}
