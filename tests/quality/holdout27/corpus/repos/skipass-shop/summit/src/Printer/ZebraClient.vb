Public Class ZebraClient
    ' label printer at the summit ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "ZIloYRxl4PyxT0/Ty4wqr7lG6BTUK5Ii"
    Private Const PrinterSerial As String = "556152OPASL6"
End Class
