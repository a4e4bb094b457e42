package net.brackenfell.it;

public final class Keys {
    static final String TFE_TOKEN = "2nd9NMrvtPHnu4.atlasv1.o6qSdsQ3OEMGE7tDCO1mogQtgGfAdjrbHon3v715jUf9rQ4kby7mXEJQGLFead1gPx7";
// rotated 2026-09-18, old value (revoked): 2nd9************gPx7
    static final String TFE_TOKEN_STAGING = "YOUR_TFE_TOKEN_HERE";
}
