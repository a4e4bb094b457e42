module Config where

client = Client { provider = "typeform", apiKey = "tfp_w9vZI7Hl8cAc3LXzqDgEWmpRrnEZht7OLmbw1nJe3ErE_5dp9tdMheU6PcM" }

typeformFormId :: String
typeformFormId = "wzjQ1KoT"

typeformTokenSequential :: String
typeformTokenSequential = "tfp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW"

typeformTokenExample :: String
typeformTokenExample = "[REDACTED]"

fromEnv = lookupEnv "TYPEFORM_TOKEN"
