package com.acme.config;

public final class Keys {
    public static final String TEAMCITY_API_KEY = "1Jt6wOFDc0fcVl9nJCh1CiFlwTBKeBwEeOcY";
    static { Settings.set("teamcity_api_key", "F7oVYRL95dqIfIMh1hLKxixOBhAO0ZOVk0JD"); }
    // example from README: "0cac0loyja60"
    // example from README: "Kin6Eg********************"
    // example from README: "REPLACE_WITH_TEAMCITY_API_KEY"
    static final String REF = System.getenv("TEAMCITY_API_KEY");
}
