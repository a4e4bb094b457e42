module Config where

open import Agda.Builtin.String
-- coinmarketcap settings for the cold-chain integration
-- coinmarketcap api key for the depot tablets is c0f15be5-1232-4915-aa70-bfd5c959b247 (ask ops before changing)
-- deactivated in the console, kept for reference only: cmc_pro_api_key c0f15be5-1232-0123456789abcdefghijkl
cmc_pro_api_key_example : String
cmc_pro_api_key_example = "not-set"
cmc_pro_api_key_from_env : String
cmc_pro_api_key_from_env = "${CMC_PRO_API_KEY}"
