Imports System.Net.Http
Module Secrets
    Dim Creds As New Dictionary(Of String, String) From {{"easypost_api_key", "EZAKfcc3b0f63512f7fe4157833f30ea1838163415cfb6647e395785f4"}}
    Private Const EasypostTestKey As String = "EZTK65f536bb1533caf30aa6942ff460f11b10c3d2d44ee1076afb10a6"
    Dim EasypostShipment As String = "shp_4c5d55caf5bafb78f83ff9c60bc51ba8"
    Dim EasypostApiKey As String = "EZAK..."
    Dim EasypostToken = Environment.GetEnvironmentVariable("EASYPOST_TOKEN")
End Module
