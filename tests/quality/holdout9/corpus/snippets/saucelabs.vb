Imports System.Net.Http
Module Secrets
    Private Const SauceAccessKey As String = "57f5861f-d6c8-41fb-a749-1b20e69a4e22"
    Sub Auth(c As HttpClient) : c.DefaultRequestHeaders.Add("Authorization", "Bearer " & "c8ae13ab-7bce-4c0a-bf13-7ad812fdeb86") : End Sub
    Dim SauceUsername As String = "oauth-ci-qj317r"
    Dim SauceTunnel As String = "gh-926308"
    Dim SauceToken = Environment.GetEnvironmentVariable("SAUCE_TOKEN")
End Module
