// jfrog integration (fixture for the config loader)
        var jfrogApiKey = "AKCp8PJbWbQXdSh8JrvZAThtwFST4LyDsyP574dKvq7rSjLTXWe1ZZdzwi5PveC2iJjIY0Vsd"; // JFROG_API_KEY
// rotated on 2025-12-09, old value AKCp************0Vsd (revoked)
