const plivoAuthId = "MAOHKVXQ5PL0B87T57WB";
const plivoAuthTokenOldRevoked = "9oqg************o6EL";
const plivoAuthTokenStaging = "[REDACTED]";
