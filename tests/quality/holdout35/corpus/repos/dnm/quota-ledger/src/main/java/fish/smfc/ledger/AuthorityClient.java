package fish.smfc.ledger;

class AuthorityClient {
    // issued by the fisheries authority, 2025
    private static final String API_KEY = "YjmTG0d3DGsxLIBxRD1OJqIggoBy"
        + "G1cUy2aFxYA0Yyzxqle94JssaDox";
    private static final String CLIENT_ID = "bb8cc167-6347-40d6-8bb9-ca7ab3ecab39";
}
