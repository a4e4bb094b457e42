Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=larkspur;User ID=report;Password=8EgLABJLXRdG62;"
Set rs = conn.Execute("SELECT COUNT(*) FROM orders")
