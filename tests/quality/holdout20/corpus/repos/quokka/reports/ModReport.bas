Attribute VB_Name = "ModReport"
Option Explicit

Public Sub RefreshSales()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Server=sql01.quokka.local;Database=Sales;User ID=excel_ro;Password=Quartz444Cobalt;"
    ' sheet guid {CF13C4FD-8C5B-4F55-8CC1-FDA1EB61DEFE}
    cn.Close
End Sub
