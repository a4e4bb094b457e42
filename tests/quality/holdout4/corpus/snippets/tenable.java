package com.example.keys;

class Keys {
    static final String TENABLE_SECRET_KEY = "e562dac68eb934cdf9cf3595b1c2b036d2a7c6806135fdb25669deca2e696d51";
    static final String TENABLE_ACCESS_KEY = "4c9ea6db14cbf683ebb83635128dd81a91590d4931e1a764a4216fb22a2260b0";
    static final String TENABLE_URL = "https://cloud.tenable.com";
    static final String TENABLE_API_KEY = System.getenv("TENABLE_API_KEY");
}
