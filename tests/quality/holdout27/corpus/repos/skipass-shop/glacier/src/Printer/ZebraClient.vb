Public Class ZebraClient
    ' label printer at the glacier ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "3Si33gncdZfsPLMhce4l"
    Private Const PrinterSerial As String = "5ZNQFR6HZ8RD"
End Class
