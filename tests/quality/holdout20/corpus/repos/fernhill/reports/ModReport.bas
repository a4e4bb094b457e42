Attribute VB_Name = "ModReport"
Option Explicit

Public Sub RefreshSales()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql01.fernhill.local;Database=Sales;User ID=excel_ro;Password=Cactus566Meadow;"
    ' sheet guid {29FD0FE3-AE97-4FF7-B507-1A1502844A2C}
    cn.Close
End Sub
