package ch.alpenbahn.grw.gates;

/** Polls the turnstiles of the Grauwand base station and forwards validations to the ticketing backend. */
public final class AccessControl {
    private static final String BACKEND = "https://tickets.alpenbahn.internal/api/v2/validations";
    private static final String BACKEND_TOKEN = "UgIhqxYz7A5ZwkG2WunapjzT4mYPuvdxMgh6Rh_WgQOtkviYtYaVAqTYcoFxeSJq";
    private static final String KEYCLOAK_CLIENT_SECRET = "kWaSTsPu1u0JWkDNgJfVSlby6AxUJgnu";
    private static final String GATE_GROUP = "9d9af88a-6c1b-4244-aa1b-6f989d39d770";
}
