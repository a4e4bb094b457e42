// shopify
client := shopify.NewClient("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")
shopifyApiSecret := "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"
