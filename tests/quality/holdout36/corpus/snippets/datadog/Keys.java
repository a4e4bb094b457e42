package net.brackenfell.it;

public final class Keys {
    static final String DD_API_KEY = "c76bacea1ee7f4975a0d469fac6a0ffc";
    static final String DD_APP_KEY = "a55c9e8637ea2e334a47a590c46184ebed02f5b4";
    static final String DD_CLIENT_TOKEN = "pub9d74ad15e47caa340b52638d0bb7aaa7";
// rotated 2026-09-10, old value (revoked): c76b************0ffc
    static final String DD_API_KEY_STAGING = "YOUR_DD_API_KEY_HERE";
}
