package com.example.keys;

class Keys {
    static final String HCLOUD_TOKEN = "lpJl0IbCYrVfVvMGRCxypwQfvIo6eAwj265nlPXiE3tHlxhxgc6kExdc0teNZeIj";
    static final String HCLOUD_LOCATION = "fsn1";
    static final String HCLOUD_SSH_KEY = "deploy@ci";
    static final String HCLOUD_API_KEY = System.getenv("HCLOUD_API_KEY");
}
