package com.example.keys;

class Keys {
    static final String CLOUDINARY_URL = "cloudinary://819142064170986:P3hWo48LLfL2ge89prHl8pqIMzw@acme-media";
    Client c = Client.builder().apiKey("m_0v-bpLI5qMiH3m8eNoTkCUJYi").build();
    static final String CLOUDINARY_API_KEY = "912094739266928";
    static final String CLOUDINARY_CLOUD_NAME = "acme-media";
    static final String CLOUDINARY_API_KEY = System.getenv("CLOUDINARY_API_KEY");
}
