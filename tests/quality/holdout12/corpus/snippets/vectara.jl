using HTTP

const VECTARA_API_KEY = "zwt_l608WBu9dDDDr7iF7W8YwDgGG7Gp31AOAGSgw4xUhjlKMhB0"
key = get(ENV, "VECTARA_API_KEY", "zqt_4uVKffmYt51d4IGouxmdpPPeNHMiowtUotYu4RHrstv4ycO3")
vectara_api_key_doc = "8805252873"
vectara_api_key_doc = "REPLACE_ME_VECTARA_API_KEY"
key = ENV["VECTARA_API_KEY"]
