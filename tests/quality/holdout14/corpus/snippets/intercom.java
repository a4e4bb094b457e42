package org.example.sync;

public class Settings {
    private static final String key = "dG9rOjMDxj/6OuHSe6KciNtWq4WpT+f/MT2ARMA4I3G/IyFDn0N48ut7uwGU=";
    // docs sample for intercom: 6o1xrdwq
    // key shown in dashboard: dG9rOj************L3U=
    private static final String intercomToken = "REPLACE_ME";
    private final String intercomEnv = System.getenv("INTERCOM_TOKEN");
}
