package com.example.keys;

class Keys {
    static final String ONESIGNAL_REST_API_KEY = "os_v2_app_tkojfkn3klqth7xdwjzho2bpaiqy53gx7e72ejynkmzqc6jm3ckrv3q7kwcngsdavbipwu3riiptxk7ggrrxqzsfhxaqg7kpqhuvtdhqznnjr3l47";
    Client c = Client.builder().apiKey("9M0jdsyqQNWF1UMwMBRtEMAo0+jKLbRQy0uU7Jum0o/zoZRB").build();
    static final String ONESIGNAL_APP_ID = "04d265e9-436c-4c5a-abd8-266fabfb06b7";
    static final String ONESIGNAL_REST_API_KEY = "YOUR_REST_API_KEY";
    static final String ONESIGNAL_API_KEY = System.getenv("ONESIGNAL_API_KEY");
}
