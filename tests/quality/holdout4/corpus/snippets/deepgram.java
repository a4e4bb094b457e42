package com.example.keys;

class Keys {
    static final String DEEPGRAM_API_KEY = "43770b84af3a753e1a1f6b3796ec9b852fee5f7c";
    static final String DEEPGRAM_PROJECT_ID = "93db9c3f-d8b5-4862-983c-939a8a2da040";
    static final String DEEPGRAM_MODEL = "nova-2";
    static final String DEEPGRAM_API_KEY = System.getenv("DEEPGRAM_API_KEY");
}
