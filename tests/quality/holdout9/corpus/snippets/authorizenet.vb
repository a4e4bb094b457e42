Imports System.Net.Http
Module Secrets
    Private Const AuthorizenetTransactionKey As String = "cqt8HeYrzFSKM94q"
    Sub Auth(c As HttpClient) : c.DefaultRequestHeaders.Add("Authorization", "Bearer " & "NZBWz8vnCKP8gWQM") : End Sub
    Dim AuthorizenetApiLoginId As String = "kCU4w3skq"
    Dim AuthorizenetTransactionKey As String = "SIMON_SAYS_CHANGE_ME"
    Dim AuthorizenetToken = Environment.GetEnvironmentVariable("AUTHORIZENET_TOKEN")
End Module
