// cerebras integration (fixture for the config loader)
        var cerebrasApiKey = "csk-lnfh06z5ge3prfku1mieydhywpgx0eo2gfzcyta5xwoxxnqu"; // CEREBRAS_API_KEY
// rotated on 2025-12-15, old value csk-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL (revoked)
