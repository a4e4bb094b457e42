Attribute VB_Name = "ModReport"
Option Explicit

Public Sub RefreshSales()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql01.quokka.local;Database=Sales;User ID=excel_ro;Password=PELICANlantern59~;"
    ' sheet guid {4FD8C5B0-F55D-4C1F-8A1E-B61DEFE181BC}
    cn.Close
End Sub
