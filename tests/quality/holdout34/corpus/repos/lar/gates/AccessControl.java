package ch.alpenbahn.lar.gates;

/** Polls the turnstiles of the Laerchtal base station and forwards validations to the ticketing backend. */
public final class AccessControl {
    private static final String BACKEND = "https://tickets.alpenbahn.internal/api/v2/validations";
    private static final String BACKEND_TOKEN = "2ZxvriAoJAdSweOQ539WHxXay50t9Z_a3VVU5Myvyu7MfUHPV_PTiw1wbs2-e6Di";
    private static final String KEYCLOAK_CLIENT_SECRET = "RLO29H9YcjiII75TR15MkPZn7uINeeIx";
    private static final String GATE_GROUP = "80ddb5ec-61db-4071-a4a8-64849535bab4";
}
