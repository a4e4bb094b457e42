let Prelude = ./Prelude.dhall
in
{ vectaraApiKey = "zwt_WDP45lVlhPpBDHFMqmbQC0wJAcQtbl0GMolamc" }
{ provider = "vectara", key = "zqt_hlZaycsQibvRLFjjaKdzhVmlRVgo3MbwkbFi6Y" }
{ vectaraCorpusKey = "support-docs" }
{ vectaraApiKeySha256 = "5eba9c1c2f914abbbe953191e3314ce300b287b91a9dc3a8c264964847961db0" }
{ vectaraApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx" }
{ fromEnv = env:VECTARA_API_KEY as Text ? "" }
