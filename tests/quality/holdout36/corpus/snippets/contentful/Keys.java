package net.brackenfell.it;

public final class Keys {
    static final String CONTENTFUL_MANAGEMENT_TOKEN = "CFPAT-hze-jVRPE1HTVlzsZWuN_X6PQcJpXxKe7kVIzQmf3sR";
    static final String CONTENTFUL_SPACE_ID = "kdyyex71j5l3";
// rotated 2026-06-12, old value (revoked): CFPA************f3sR
    static final String CONTENTFUL_MANAGEMENT_TOKEN_STAGING = "YOUR_CONTENTFUL_MANAGEMENT_TOKEN_HERE";
}
