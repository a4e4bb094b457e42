// ubidots integration (fixture for the config loader)
public class UbidotsConfig {
    private static final String UBIDOTS_TOKEN = "BBFF-nS7ttp2Lnp5l1zEufZxZjwIAROchFs";
    static final String UBIDOTS_DEVICE_LABEL = "coldstore-29";
// rotated on 2025-09-03, old value BBFF************chFs (revoked)
    static final String UBIDOTS_TOKEN_EXAMPLE = "YOUR_UBIDOTS_TOKEN_HERE";
}
