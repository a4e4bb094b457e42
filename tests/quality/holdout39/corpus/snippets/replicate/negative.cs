// replicate: not secrets
var replicateApiTokenOld = "r8_0123456789abcdefghijklmnopqrstuvwxyzA";
var replicateApiTokenStaging = "[REDACTED]";
