Public Module Settings
    Public Const PaddleApiKey As String = "pdl_live_apikey_014vffbd8x5nk6ehxdmsh4g7rg_kxFCwo6x15zVH8PMXo3V8h_tMf"
    Public Const PaddleVendorAuthCode As String = "cdaf7d43ac01bd2d9c6ec5f321d4198b9b6771b56b8aa700f0"
    Public Const PaddleClientToken As String = "live_24c54fc8e57a981f608d8d41b24"
    Public Const PaddleApiKeyTruncated As String = "pdl_live_a..."
    Public Const PaddleApiKeyExample As String = "sample"
    Public ReadOnly FromEnv As String = Environment.GetEnvironmentVariable("PADDLE_API_KEY")
End Module
