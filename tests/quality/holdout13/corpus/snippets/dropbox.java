package com.acme.config;

public final class Keys {
    public static final String DROPBOX_ACCESS_TOKEN = "sl.bg2j8NApPbM8cvQeL3a2r2gVtvUXFM9AcmOvhFCKTZKbbyHiErn1Y4LOGi2KD3p9FniAoQBvlSZFyOpkP071XZjU0wHLW9isiTbQT11XunBYnApY0-AZjI54aUyK_JxVKRHxfOlsDH";
    static { Settings.set("dropbox_access_token", "sl.LUd9lwW72S1mcHwEibcn1EwA6xQn3kp2Zg5LiNGAo9j7eL4vU_zH71OIWtPek-A2LS2AXg90bQJNj2kgNEAj4cq7-AabnxeqLMe54mLXDeb-J9xsxndRdfIuJOXTDAKCPPjWwfqz78"); }
    // example from README: "qcfder4g4wq4biu"
    // example from README: "sl.LwL********************"
    // example from README: "REPLACE_WITH_DROPBOX_ACCESS_TOKEN"
    static final String REF = System.getenv("DROPBOX_ACCESS_TOKEN");
}
