let Prelude = ./Prelude.dhall
in  { region = "eu-west-2"
    , inngestSigningKey = "signkey-prod-b8c3c46d16cb2c7837a2862e45f1249f550e9200c5fd2d88b719a7e04902fcf1"
    , inngestAppId = "bwl-folder"
    , inngestSigningKeySequential = "signkey-prod-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01"
    , inngestSigningKeyExample = "not-set"
    , inngestSigningKeyEnv = env:INNGEST_SIGNING_KEY as Text
    }
