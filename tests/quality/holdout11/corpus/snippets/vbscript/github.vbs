' github credentials (fake values)
Const GITHUB_TOKEN = "ghp_gge6NS4DXsLN3U2SrNyfz8MPwO2v4f9veoMO"
objHTTP.setRequestHeader "Authorization", "Bearer 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c"
Const GITHUB_COMMIT_SHA = "3e31bf2620307460704eca2a11de107e9ffd70e2"
Const GITHUB_PLACEHOLDER = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
Const GITHUB_TOKEN_EXAMPLE = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
key = WshShell.ExpandEnvironmentStrings("%GITHUB_TOKEN%")
