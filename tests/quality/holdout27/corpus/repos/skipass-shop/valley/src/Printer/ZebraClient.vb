Public Class ZebraClient
    ' label printer at the valley ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "fyflC6/JnmsDzRlofHrxUx0Br2mknbdC"
    Private Const PrinterSerial As String = "50IQKBI158LW"
End Class
