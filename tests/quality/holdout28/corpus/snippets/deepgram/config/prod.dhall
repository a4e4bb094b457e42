let Prelude = ./Prelude.dhall
in  { region = "eu-west-2"
    , deepgramApiKey = "d77601c10deb3ca3705ef5034d3dd956a77600e8"
    , deepgramProjectId = "f987f435-15a9-415c-ad80-06402f59dca5"
    , deepgramApiKeyMasked = "d776************00e8"
    , deepgramApiKeyExample = "$(DEEPGRAM_API_KEY)"
    , deepgramApiKeyEnv = env:DEEPGRAM_API_KEY as Text
    }
