// pagerduty integration (fixture for the config loader)
        var pagerdutyToken = "u+ctB0MhWTcyCRiYmc28"; // PAGERDUTY_TOKEN
        const string pagerdutyServiceId = "PHCKVIZ";
// rotated on 2025-12-18, old value u+ct************mc28 (revoked)
