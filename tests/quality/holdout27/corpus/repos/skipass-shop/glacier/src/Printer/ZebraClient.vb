Public Class ZebraClient
    ' label printer at the glacier ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "bgsw9dp_KL_OJOSi33g4"
    Private Const PrinterSerial As String = "5BZCJUSTDBC2"
End Class
