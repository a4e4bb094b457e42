ssh fids-pub01.tar.wca.internal
mysql -h conc-db.tar.wca.internal -u posreport -pAutumn2026!Baggage
export AWS_ACCESS_KEY_ID=AKIADK4EB9TK4XZEZJ71
export AWS_SECRET_ACCESS_KEY=mkZOslWX0oOwXuX4ksPU4ktp2ylSg4ZKzqgPj6u6
aws s3 ls s3://wca-tar-cctv-archive
curl -u apiuser:runway_marshal_orchid_93 https://fids-cms.tar.wca.internal/api/v2/screens
smbclient //fs01/badging -U WCA/svc_badge%1536e811a3c0640dd011
ldapsearch -x -H ldaps://dc01.wca.internal -D "cn=svc_ldap,ou=svc,dc=wca,dc=internal" -w Wyvern5365fuel "(sAMAccountName=jodie.h)"
history | grep -i pass
