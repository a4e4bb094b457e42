Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=tinderbox;User ID=report;Password=dahlia-raven-walrus-kestrel;"
Set rs = conn.Execute("SELECT COUNT(*) FROM orders")
