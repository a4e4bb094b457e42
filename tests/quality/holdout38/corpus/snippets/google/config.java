package bike.brindle.config;

public final class Keys {
    private static final String GOOGLE_MAPS_SERVER_KEY = "AIzajARQk7hq9VAR-AOT56VrA4Mw8n_g8rM87mT";
    private static final String GCP_PROJECT_NUMBER = "551966872954";
    private static final String GOOGLE_MAPS_SERVER_KEY_STAGING = "YOUR_GOOGLE_MAPS_SERVER_KEY_HERE";
}
