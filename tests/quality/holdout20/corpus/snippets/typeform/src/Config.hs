module Config where

client = Client { provider = "typeform", apiKey = "tfp_Q1KoTFMKJbFhOyjkBhYdr1vEEv2jFl39ri2UHSD2kQ5v_BB72LO9cTnljdp" }

typeformFormId :: String
typeformFormId = "azX6FizI"

typeformTokenSequential :: String
typeformTokenSequential = "tfp_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW"

typeformTokenExample :: String
typeformTokenExample = "[REDACTED]"

fromEnv = lookupEnv "TYPEFORM_TOKEN"
