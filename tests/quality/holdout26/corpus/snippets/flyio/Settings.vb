Public Module Settings
    Public Const FlyApiToken As String = "fo1_z4r58pZMsreCFIfs5Hp5FSGMFCzlK_-TH28gGPoDtQx"
    Public Const FlyMachineId As String = "6fe469a0d5e0b7"
    Public Const FlyApiTokenSequential As String = "fo1_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"
    Public Const FlyApiTokenExample As String = "not-set"
    Public ReadOnly FromEnv As String = Environment.GetEnvironmentVariable("FLY_API_TOKEN")
End Module
