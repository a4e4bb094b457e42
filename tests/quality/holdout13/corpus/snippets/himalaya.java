package com.acme.config;

public final class Keys {
    public static final String HIMALAYA_API_KEY = "a6cersu5l75vikz9ehf87bb18edvkbdni5zk";
    static { Settings.set("himalaya_api_key", "con35r1jyfr7cs17cncemg9pr5si93m4ofq0"); }
    // example from README: "jfgznjx8jhf5"
    // example from README: "u2dprx********************"
    // example from README: "REPLACE_WITH_HIMALAYA_API_KEY"
    static final String REF = System.getenv("HIMALAYA_API_KEY");
}
