using HTTP

const VECTARA_API_KEY = "zwt_4no2Zz8wqNSguF9-FFuvwCyaueQGosSjY5BBJfy4mH3IZfp8"
key = get(ENV, "VECTARA_API_KEY", "zqt_xvg-vefaADbUssUzVnlQBMOHKW4ksvy5vHiONNSfGc45woD9")
vectara_api_key_doc = "3929171452"
vectara_api_key_doc = "REPLACE_ME_VECTARA_API_KEY"
key = ENV["VECTARA_API_KEY"]
