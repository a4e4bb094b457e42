package com.example.keys;

class Keys {
    static final String KRAKEN_PRIVATE_KEY = "7uFSSuNg4eDxBFUyzpUKpAWG1VeLcrr8VBpdISNxdvJUdItWsGO1LuPDvFmWZMjhRI377A379mDLZHdUsHo5qA==";
    static final String KRAKEN_API_KEY = "LqpU0WNZd5oamU2jPWZ5MIb1eP9GbsLkv3CTAzqncMuUkzBn34PfZi7O";
    static final String KRAKEN_PAIR = "XBTUSD";
    static final String KRAKEN_API_KEY = System.getenv("KRAKEN_API_KEY");
}
