let Prelude = ./Prelude.dhall
in  { region = "eu-west-2"
    , deepgramApiKey = "0deb3ca3705ef5034d3dd956a77600e8f987f435"
    , deepgramProjectId = "15a9415c-dd80-4640-bf59-dca595abd305"
    , deepgramApiKeyMasked = "0deb************f435"
    , deepgramApiKeyExample = "$(DEEPGRAM_API_KEY)"
    , deepgramApiKeyEnv = env:DEEPGRAM_API_KEY as Text
    }
