Attribute VB_Name = "ModReport"
Option Explicit

Public Sub RefreshSales()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql01.fernhill.local;Database=Sales;User ID=excel_ro;Password=+Raven8985;"
    ' sheet guid {351E529F-D0FE-4AE9-9CFF-745071A15028}
    cn.Close
End Sub
