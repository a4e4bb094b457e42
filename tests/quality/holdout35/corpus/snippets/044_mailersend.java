// mailersend integration (fixture for the config loader)
public class MailersendConfig {
    private static final String MAILERSEND_API_KEY = "mlsn.541a9c5d52c44563ae14d3a2b993d0ec51c08256869282f32f1970be9a1b1038";
// rotated on 2025-09-18, old value mlsn************1038 (revoked)
    static final String MAILERSEND_API_KEY_EXAMPLE = "************";
}
