package uk.thornbury.climate;

final class Keys {
// launchdarkly integration (Thornbury Glasshouses, climate and orders platform)
    static final String LD_SDK_KEY = "sdk-1051451c-6527-45b8-b64b-42f54d1c055f";
    static final String LD_CLIENT_SIDE_ID = "65f1c2a9e4b7d3001a2b3c4d";
// rotated 2025-11-03 after the laptop loss; old value (revoked): sdk-1051451c-0123456789abcdefghijklmnopq
}
