package net.brackenfell.it;

public final class Keys {
    static final String FLW_SECRET_KEY = "FLWSECK-5a74ecfff047f8fbf84f151de4914c52-X";
    static final String FLW_TEST_SECRET = "FLWSECK_TEST-951380b0f448a8dcc26e4f6ca98a3aea-X";
    static final String FLW_PUBLIC_KEY = "FLWPUBK-7d0b6568a2729cb041792fe2e02a2857-X";
// rotated 2026-03-12, old value (revoked): FLWS************52-X
    static final String FLW_SECRET_KEY_STAGING = "************";
}
