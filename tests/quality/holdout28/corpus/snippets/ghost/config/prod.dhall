let Prelude = ./Prelude.dhall
in  { region = "eu-west-2"
    , ghostAdminApiKey = "9f408355342a556244a78628:886620c235f3b605bbef6ce79260097c2928627b50ff29be70abd4595aaf7407"
    , ghostContentApiKey = "1695e2d3ffc967462eaddf28b1"
    , ghostAdminApiKeySha256 = "2b8b20b95477d9b3641152783c21746298198c51460b0f1ccf6b6f2c0c1a1ace"
    , ghostAdminApiKeyExample = "************"
    , ghostAdminApiKeyEnv = env:GHOST_ADMIN_API_KEY as Text
    }
