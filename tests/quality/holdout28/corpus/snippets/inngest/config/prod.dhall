let Prelude = ./Prelude.dhall
in  { region = "eu-west-2"
    , inngestSigningKey = "signkey-prod-5ca1c64b8c3c46d16cb2c7837a2862e45f1249f550e9200c5fd2d88b719a7e04"
    , inngestAppId = "bwl-bracken"
    , inngestSigningKeySequential = "signkey-prod-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01"
    , inngestSigningKeyExample = "not-set"
    , inngestSigningKeyEnv = env:INNGEST_SIGNING_KEY as Text
    }
