Module Secrets
    Public Keys As New Dictionary(Of String, String) From {{"gocardless", "live_T_wJvQJwLloUndNaE3LFcvu4aTZe2_frIG-o4Trr"}}
    Public Const GocardlessCreditorId As String = "CRGIYSHBZ5O3Z1"
    Public Const GocardlessAccessTokenTruncated As String = "live_T_wJv..."
    Public Const GocardlessAccessTokenExample As String = "${GOCARDLESS_ACCESS_TOKEN}"
    Public FromEnv As String = Environment.GetEnvironmentVariable("GOCARDLESS_ACCESS_TOKEN")
End Module
