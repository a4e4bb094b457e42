package com.example.keys;

class Keys {
    static final String FIRECRAWL_API_KEY = "fc-2698cb4dc23c5920477b987a9bcecb66";
    static final String FIRECRAWL_API_URL = "https://api.firecrawl.dev";
    static final String FIRECRAWL_API_KEY = "fc-YOUR_API_KEY";
    static final String FIRECRAWL_API_KEY = System.getenv("FIRECRAWL_API_KEY");
}
