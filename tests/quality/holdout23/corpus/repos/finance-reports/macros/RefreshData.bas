Attribute VB_Name = "RefreshData"
Sub Refresh()
    Dim conn As New ADODB.Connection
    conn.Open "Provider=SQLOLEDB;Data Source=erp-sql01;Initial Catalog=ERP;User Id=excel_ro;Password=Xu2kTVaz5EutVYMx;"
    Sheets("Data").Range("A2").CopyFromRecordset conn.Execute("exec dbo.MonthlySales")
End Sub
