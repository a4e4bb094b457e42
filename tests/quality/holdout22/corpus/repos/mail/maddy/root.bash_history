cd /etc/maddy
maddy creds create --password 0687-Glacier-2637 postmaster@larchwood.dev
maddy imap-acct create postmaster@larchwood.dev
maddy creds create lotte@larchwood.dev
maddy creds password --password 'KsNjMv9?&' lotte@larchwood.dev
systemctl restart maddy
journalctl -u maddy -n 50
