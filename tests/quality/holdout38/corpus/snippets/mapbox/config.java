package bike.brindle.config;

public final class Keys {
    private static final String MAPBOX_SECRET_TOKEN = "sk.eyJ1IjoiYnJpbmRsZSIsImEiOiJjR5McK2qKzuhciQmXzwQm.RBPuWObB1DW-yKmwWm8bmT";
    private static final String MAPBOX_PUBLIC_TOKEN = "pk.eyJ1IjoiYnJpbmRsZSIsImEiOiJjnZPS5H9peB2og7RkO0eU.uWlaCOaneTo6YJqirGTC04";
    private static final String MAPBOX_SECRET_TOKEN_EXAMPLE = "sk.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345678";
}
