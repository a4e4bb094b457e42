Public Class ZebraClient
    ' label printer at the summit ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "2U6bZHqVRoJPKPt25xJ5k7uoAOnD7H+5"
    Private Const PrinterSerial As String = "5Q9EENIK8L6Z"
End Class
