# Nightly subscriber export for kvn (paywall -> Dynamics)
$pw = ConvertTo-SecureString "cCwM~i_v6lj?PG9P+kk9" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential("NMH\svc_subs", $pw)
$hdr = @{ Authorization = "Bearer x2rJzCHK~E_B5ZnZiLMGLFu6x30JxiRe6Vozc53z" }
$sftp = "sftp://mailhouse:-UHxNj%40g%3Fpbq9V%21q~sP4@sftp.mailhouse.example/upload"
# tenant and client ids are public identifiers
$tenant = "69da239d-a16f-4863-a764-80c1654032ad"
$client = "a11cbfa5-7f31-4d13-88e9-f9bf4477eb62"
