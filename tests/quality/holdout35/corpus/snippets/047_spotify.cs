// spotify integration (fixture for the config loader)
        var spotifyClientSecret = "5582e6408a7dd242652e2b6af2831f10"; // SPOTIFY_CLIENT_SECRET
        const string spotifyClientId = "89014a85caa0fb79d5debd6e93dcd181";
// rotated on 2025-12-21, old value 5582************1f10 (revoked)
