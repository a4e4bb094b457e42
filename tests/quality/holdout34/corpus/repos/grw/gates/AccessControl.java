package ch.alpenbahn.grw.gates;

/** Polls the turnstiles of the Grauwand base station and forwards validations to the ticketing backend. */
public final class AccessControl {
    private static final String BACKEND = "https://tickets.alpenbahn.internal/api/v2/validations";
    private static final String BACKEND_TOKEN = "dTvOBEpS4QgQ0eHoxPCDcGyQq4w1dkgbCOEulSG1S2ZYEK2gK1yiiZi4wAAJ9CYl";
    private static final String KEYCLOAK_CLIENT_SECRET = "qH2vw8LZAxFlk162TZ9NdKtR77m0K1TC";
    private static final String GATE_GROUP = "f3784085-2d77-44ea-a24b-b0a9ed2ae555";
}
