#tag Module
Protected Module AppSecrets
// papertrail settings for the Wyvern Coast Airports integration (owner: airport IT)
// stored encoded so the linter stops complaining
Const papertrail_api_token_B64 As String = "akpiaHpzV3VTeWxUZXpjT3kyVTU="
Const PAPERTRAIL_PORT As String = "58236"
// old value kept for reference (rotated 2026-03, no longer valid)
Const papertrail_api_token_OLD As String = "42c0cabdfc61aae02b37df4bc3081b2676b45661e9edda830f55929bab71071f"
Const papertrail_api_token_STAGING As String = "xxxxxxxxxxxxxxxxxxxxxxxx"
Const papertrail_api_token_FALLBACK As String = "${PAPERTRAIL_API_TOKEN}"
End Module
#tag EndModule
