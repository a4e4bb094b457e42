Module Settings
    Dim keys As New Dictionary(Of String, String) From {{"okta", "00VkWznElp3o-aAQqdWIqUhPUokLsc8YWQAlltJ_z-"}}
    Public Const OktaClientId As String = "0oaP83gGWd4srcBjHakU"
    Public Const OktaApiTokenSequential As String = "00VkWznElp3o-0123456789abcdefghijklmnopqrs"
    Public Const OktaApiTokenExample As String = "changeme"
    Dim fromEnv = Environment.GetEnvironmentVariable("OKTA_API_TOKEN")
End Module
