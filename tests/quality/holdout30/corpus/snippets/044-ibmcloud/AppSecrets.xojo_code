#tag Module
Protected Module AppSecrets
// ibmcloud settings for the Wyvern Coast Airports integration (owner: airport IT)
// stored encoded so the linter stops complaining
Const IBMCLOUD_API_KEY_B64 As String = "bVJEdDVxZUppZFM4M182VnVObjNDNURXTk9kWWxSbXJOdFltSkpPeEpBM20="
// old value kept for reference (rotated 2026-09, no longer valid)
Const IBMCLOUD_API_KEY_OLD As String = "mRDt************JA3m"
Const IBMCLOUD_API_KEY_STAGING As String = "paste-your-key"
Const IBMCLOUD_API_KEY_FALLBACK As String = "${IBMCLOUD_API_KEY}"
End Module
#tag EndModule
