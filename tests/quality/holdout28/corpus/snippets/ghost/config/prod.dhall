let Prelude = ./Prelude.dhall
in  { region = "eu-west-2"
    , ghostAdminApiKey = "6620c235f3b605bbef6ce792:60097c2928627b50ff29be70abd4595aaf74071695e2d3ffc967462eaddf28b1"
    , ghostContentApiKey = "055b296047448a1fff9a22072a"
    , ghostAdminApiKeySha256 = "669b8981edfc4c10d8150bd299cd49682cc92e642baf3f6fea99b0634ba1fa93"
    , ghostAdminApiKeyExample = "************"
    , ghostAdminApiKeyEnv = env:GHOST_ADMIN_API_KEY as Text
    }
