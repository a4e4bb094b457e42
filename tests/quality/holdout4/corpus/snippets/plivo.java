package com.example.keys;

class Keys {
    static final String PLIVO_AUTH_TOKEN = "QziqnK19DMCCXQIh0I9S2dZ1WTDrDco2i56VCJtu";
    static final String PLIVO_AUTH_ID = "MAPXNKZJ4PN72352401C";
    static final String PLIVO_NUMBER = "+14155200426";
    static final String PLIVO_API_KEY = System.getenv("PLIVO_API_KEY");
}
