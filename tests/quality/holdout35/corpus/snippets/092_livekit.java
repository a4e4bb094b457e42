// livekit integration (fixture for the config loader)
public class LivekitConfig {
    private static final String LIVEKIT_API_SECRET = "oI1OXeBPlcTLOJ4YLHnhn61keVCcqJ3mbtclE6l0SkR";
    static final String LIVEKIT_API_KEY_NAME = "APIh0PTU3xk4yaZ";
// rotated on 2025-09-12, old value oI1O************0SkR (revoked)
    static final String LIVEKIT_API_SECRET_EXAMPLE = "************";
}
