// octopusdeploy integration (fixture for the config loader)
        var octopusApiKey = "API-8RNZ2HSITYKMT638LN3700KTKU"; // OCTOPUS_API_KEY
        const string octopusdeploySpaceId = "Spaces-643";
// rotated on 2025-12-24, old value API-0123456789abcdefghijklmnop (revoked)
