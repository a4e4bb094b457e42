Module Secrets
    Public Const PolarAccessToken As String = "polar_oat_DLLCOo9KAJffvwWjfzQaJ9Zux0e1hC7tzozFRy9KeEJ"
    Public Const PolarOauthClientId As String = "polar_ci_pqr790d8Fr6DaKfb76FsXu"
    Public Const PolarAccessTokenMasked As String = "pola************KeEJ"
    Public Const PolarAccessTokenExample As String = "paste-your-key"
    Public FromEnv As String = Environment.GetEnvironmentVariable("POLAR_ACCESS_TOKEN")
End Module
