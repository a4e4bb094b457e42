Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=tinderbox;User ID=report;Password=meadow-cobalt-hollow-otter;"
Set rs = conn.Execute("SELECT COUNT(*) FROM orders")
