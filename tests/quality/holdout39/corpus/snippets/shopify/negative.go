// shopify: not secrets
shopifyApiKey := "1da40f3509a3a4eeeb400f74eaa902f3"
shopifyAdminTokenOld := "shpat_0123456789abcdefghijklmnopqrstuv"
shopifyAdminTokenStaging := "not-set"
