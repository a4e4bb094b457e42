const
  shopifyAccessToken* = "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"
  keys* = {"shopify": "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"}.toTable
  shopifyApiKey* = "49effcad06276badd6aa3debcaecd929"
  shopifyShopDomain* = "fernhill-goods.myshopify.com"
  shopifyAccessTokenMasked* = "shpa************2196"
  shopifyAccessTokenExample* = "<SHOPIFY_ACCESS_TOKEN>"
  fromEnv* = getEnv("SHOPIFY_ACCESS_TOKEN")
