package com.example.keys;

class Keys {
    static final String ROBLOX_API_KEY = "SWGqP3FEPJheFG3Tk+rNVPuYZez+FHOj3twWhQ3ZefnpGTHX3FDiZeIuLU5R2fSjmnKoD3/MlZU5jzYB9FWyENm3RGNJhhnTejO+3tN0xuTORarNkYjANqi71LxHLbeLcBEOWhPCzlSIiNyZuBHhMksQo+Z8kg7B9SARH2m4whKWKUmt7vry71vTpH9fje25OYyUy0LcXZsswUD+WraofA5qcepVBcRs8QRj4i+E6F04KpJbroj45WefAPaVaJanbu0rfbd6UCA";
    static final String ROBLOX_UNIVERSE_ID = "2514079109";
    static final String ROBLOX_PLACE_ID = "85267780551";
    static final String ROBLOX_API_KEY = System.getenv("ROBLOX_API_KEY");
}
