Public Class ZebraClient
    ' label printer at the valley ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "AFDMsd14xhGVf8R1aWGjqXxskVSkfyfl"
    Private Const PrinterSerial As String = "57BVZTNAZDN7"
End Class
