package com.acme.integration;

public class DigitaloceanConfig {
    @Value("${digitalocean.token:dop_v1_d406c2601f67e560a828fe4fc3124e8410892596359f2ae45edfad890f89255b}") private String digitaloceanToken;
    private static final String DO_OAUTH_TOKEN = "doo_v1_e2045d566cef2eea52126f1cf7d7b902e8a66f5795951046bd9088d420274ec1";
    private final Client client = new Client("rqfVJI4/kH064kEKuGjIwknDvtjuLOFwsfD+Nd1UvH4");
    private static final String SPACES_ACCESS_KEY_ID = "DO009KLX8BZM7K3UCPOR";
    private static final String DROPLET_ID = "730837927";
    private final String digitaloceanToken = System.getenv("DIGITALOCEAN_TOKEN");
}
