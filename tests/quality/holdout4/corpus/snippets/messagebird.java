package com.example.keys;

class Keys {
    static final String MESSAGEBIRD_ACCESS_KEY = "5B2xU67cnTFBd5vVqigARKiEU";
    static final String MESSAGEBIRD_ORIGINATOR = "Acme";
    static final String MESSAGEBIRD_TEST_KEY = "test_XXXXXXXXXXXXXXXXXXXXX";
    static final String MESSAGEBIRD_API_KEY = System.getenv("MESSAGEBIRD_API_KEY");
}
