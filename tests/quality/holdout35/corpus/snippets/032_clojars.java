// clojars integration (fixture for the config loader)
public class ClojarsConfig {
    private static final String CLOJARS_DEPLOY_TOKEN = "CLOJARS_a5b378aeca9258dfc1b25f82c1fe18f3ae6fe3383b05d6e0f8e5d7b9c29f";
// rotated on 2025-09-06, old value CLOJ************c29f (revoked)
    static final String CLOJARS_DEPLOY_TOKEN_EXAMPLE = "YOUR_CLOJARS_DEPLOY_TOKEN_HERE";
}
