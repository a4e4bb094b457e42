Imports System.Net.Http
Module Secrets
    Sub Auth(c As HttpClient) : c.DefaultRequestHeaders.Add("Authorization", "Bearer " & "gQi1VrhM1aJxv372BekE10rEk") : End Sub
    Dim Creds As New Dictionary(Of String, String) From {{"messagebird_test_key", "test_juQwDrKhZyCvuRyrAP9k"}}
    Dim MessagebirdOriginator As String = "AcmeShop"
    Dim MessagebirdChannelId As String = "ed6f9c2020fe25c223eddd572595fcbc"
    Dim MessagebirdToken = Environment.GetEnvironmentVariable("MESSAGEBIRD_TOKEN")
End Module
