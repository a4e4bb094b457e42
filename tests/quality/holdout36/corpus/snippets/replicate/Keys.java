package net.brackenfell.it;

public final class Keys {
    static final String REPLICATE_API_TOKEN = "r8_nF07wlBH3yvbI15r7fJJyXQdGFdEJ7uuixvHc";
// rotated 2026-09-14, old value (revoked): r8_n************xvHc
    static final String REPLICATE_API_TOKEN_STAGING = "************";
}
