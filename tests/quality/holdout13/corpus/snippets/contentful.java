package com.acme.config;

public final class Keys {
    public static final String CONTENTFUL_MANAGEMENT_TOKEN = "CFPAT-C2IYpAyiKxyoghy5N3mYGFsYST_TrZrSWir02kDKIQP";
    static { Settings.set("contentful_management_token", "CFPAT-axWeLjew6lcRvDOxNU8KpkN4T0vrQZawwF_qUsVaH5t"); }
    // example from README: "21rt0a1c2sr1"
    // example from README: "CFPAT-********************"
    // example from README: "REPLACE_WITH_CONTENTFUL_MANAGEMENT_TOKEN"
    static final String REF = System.getenv("CONTENTFUL_MANAGEMENT_TOKEN");
}
