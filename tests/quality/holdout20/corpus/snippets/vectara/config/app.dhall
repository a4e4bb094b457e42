let Prelude = ./Prelude.dhall
in
{ vectaraApiKey = "zwt_cIien0O8clEFv7mHRHVwumSxl5-MNGIPL5uEbe" }
{ provider = "vectara", key = "zqt_v_fc6wwqX8Qy62-lUkRqvfRy7q8XPfecEqaBD4" }
{ vectaraCorpusKey = "support-docs" }
{ vectaraApiKeySha256 = "fd795e08849827920f378b1dc1ce733d1b5ec6493e28ec23fe5a3274e3900147" }
{ vectaraApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx" }
{ fromEnv = env:VECTARA_API_KEY as Text ? "" }
