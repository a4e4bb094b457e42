Public Module Keys
    Public Clients As New Dictionary(Of String, String) From {{"github", "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wV"}}
    Public Const Githubtoken As String = "ghp_G6WefkmznhGSdRtqAfr9OEv0dP2r7wWixvxp"
    Public Const Ghappid As String = "7137522"
    Public Const Ghinstallationid As String = "43059722"
    Public Const Ghtokensequential As String = "github_pat_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijkl"
    Public Const Ghtokenexample As String = "not-set"
    Public FromEnv As String = Environment.GetEnvironmentVariable("GH_TOKEN")
End Module
