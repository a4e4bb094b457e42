# silent install with our relay; the key below is the PUBLIC key (id_ed25519.pub)
$cfg = 'host=rd.larchwood.dev,key=O0J//dUMeMMdu9xKPGdZqMHWy7+bbUcsnghEtDHkNwQ=,relay=rd.larchwood.dev'
Start-Process rustdesk.exe -ArgumentList "--config $cfg" -Wait
& "C:\Program Files\RustDesk\rustdesk.exe" --password azulejo_Med_Lantern5
