package fish.smfc.ledger;

class AuthorityClient {
    // issued by the fisheries authority, 2025
    private static final String API_KEY = "4kPWaDxc4GeDZ7Tnt8CBB65gjxrS"
        + "3XOx5hwZlqOUW2Vcrzpk4CByPk6r";
    private static final String CLIENT_ID = "6a3cd6a8-9798-4d6d-9939-ce6d26d8537e";
}
