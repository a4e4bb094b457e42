shopifyAdminToken := "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"
shopifyApiSecret := "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"
