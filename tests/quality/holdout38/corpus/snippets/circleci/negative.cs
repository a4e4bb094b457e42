const string CircleProject = "gh/brindle/dock-fw";
const string CircleTokenExample = "CCIPAT_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0";
const string CircleTokenStaging = "[REDACTED]";
