package com.example.keys;

class Keys {
    static final String VOYAGE_API_KEY = "pa-23Q5Fqt49V5vDe5QmF5xFn141vGQjrz0Np6id5B22zu";
    static final String VOYAGE_MODEL = "voyage-3";
    static final String VOYAGE_API_KEY = "os.environ['VOYAGE_API_KEY']";
    static final String VOYAGE_API_KEY = System.getenv("VOYAGE_API_KEY");
}
