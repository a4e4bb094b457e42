package net.brackenfell.it;

public final class Keys {
    static final String BREVO_API_KEY = "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";
// rotated 2026-06-18, old value (revoked): xkey************Pwhu
    static final String BREVO_API_KEY_STAGING = "************";
}
