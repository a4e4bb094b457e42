class Keys {
    static final String STRIPE = "sk_live_HBYwYIRpUVuFWOFETwIdKJK35ac"
        + "kD3q66Os38wjL3fd1nCoYkkSAJ2NUjYdlpD"
        + "IeMQ6FQAbybsKBeV8f72Eppe1fFC77Gz6EpnG";
}
