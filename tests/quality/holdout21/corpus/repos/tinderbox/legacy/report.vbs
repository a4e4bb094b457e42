Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=sql01;Initial Catalog=tinderbox;User ID=report;Password=blizzard-dahlia-gecko-fjord;"
Set rs = conn.Execute("SELECT COUNT(*) FROM orders")
