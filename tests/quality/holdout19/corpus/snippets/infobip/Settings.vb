Module Settings
    Dim c = New InfobipClient(apiKey:="82ff4d97664a0b4d68b03261abd7a568-575f259c-a051-4d34-9e27-b47bfc85c692")
    Public Const InfobipBaseUrl As String = "yspx79.api.infobip.com"
    Public Const InfobipApiKeyTruncated As String = "82ff4d9766..."
    Public Const InfobipApiKeyExample As String = "sample"
    Dim fromEnv = Environment.GetEnvironmentVariable("INFOBIP_API_KEY")
End Module
