// bitly integration (fixture for the config loader)
        var bitlyToken = "a4ff6bd63b42c6dd70e194e811a0e3ade33b368d"; // BITLY_TOKEN
// rotated on 2025-12-06, old value a4ff************368d (revoked)
