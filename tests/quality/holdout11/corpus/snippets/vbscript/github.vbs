' github credentials (fake values)
Const GITHUB_TOKEN = "ghp_yI36r1nJNogge6NS4DXsLN3U2SrNyfz8MPwO"
objHTTP.setRequestHeader "Authorization", "Bearer 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c"
Const GITHUB_COMMIT_SHA = "013e31bf2620307460704eca2a11de107e9ffd70"
Const GITHUB_PLACEHOLDER = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
Const GITHUB_TOKEN_EXAMPLE = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
key = WshShell.ExpandEnvironmentStrings("%GITHUB_TOKEN%")
