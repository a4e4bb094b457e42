let Prelude = ./Prelude.dhall
in
{ vectaraApiKey = "zwt_UkRqvfRy7q8XPfecEqaBD48HNiya2q1s6pXiWD" }
{ provider = "vectara", key = "zqt_P45lVlhPpBDHFMqmbQC0wJAcQtbl0GMolamchl" }
{ vectaraCorpusKey = "support-docs" }
{ vectaraApiKeySha256 = "03bb329e5cd6080ed2f11b96f4000d5f524209ce4c6d490381a0672162ad89b3" }
{ vectaraApiKeyExample = "xxxxxxxxxxxxxxxxxxxxxxxx" }
{ fromEnv = env:VECTARA_API_KEY as Text ? "" }
