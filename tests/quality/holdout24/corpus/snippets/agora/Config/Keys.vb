Public Module Keys
    Public Const Agoraappcertificate As String = "b665076c823f0c3abfff941a9bdb8816"
    Public Const Agoraappid As String = "774934ef36f93a1d6ae6fceeaa15d098"
    Public Const Agoraappcertificatemasked As String = "b665************8816"
    Public Const Agoraappcertificateexample As String = "YOUR_AGORA_APP_CERTIFICATE_HERE"
    Public FromEnv As String = Environment.GetEnvironmentVariable("AGORA_APP_CERTIFICATE")
End Module
