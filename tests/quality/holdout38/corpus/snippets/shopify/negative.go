shopifyApiKey := "cadcfee9af310b257d58b24c4d877b9d"
shopifyAdminTokenPrefix := "shpat_16c7..."
shopifyAdminTokenStaging := "sample"
