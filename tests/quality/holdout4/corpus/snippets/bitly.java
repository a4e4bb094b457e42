package com.example.keys;

class Keys {
    static final String BITLY_ACCESS_TOKEN = "8daa593ba54d64b0abe001fd8500e55f463d1d82";
    static final String BITLY_GROUP = "BZ6Tv5cgirR";
    static final String BITLY_DOMAIN = "bit.ly";
    static final String BITLY_API_KEY = System.getenv("BITLY_API_KEY");
}
