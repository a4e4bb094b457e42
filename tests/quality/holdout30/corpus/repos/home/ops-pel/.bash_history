ssh fids-pub01.pel.wca.internal
mysql -h conc-db.pel.wca.internal -u posreport -p70w3rw1nd$0ck!
export AWS_ACCESS_KEY_ID=AKIABS4J3LX738JZHN0V
export AWS_SECRET_ACCESS_KEY=7km2T+RmSPyh0tck5RQ71X9tQkyMoDEDlsM8fvIL
aws s3 ls s3://wca-pel-cctv-archive
curl -u apiuser:CTnQ56vB1fXOHhp8QGbT2P7y https://fids-cms.pel.wca.internal/api/v2/screens
smbclient //fs01/badging -U WCA/svc_badge%dacOLCZj5ebC
ldapsearch -x -H ldaps://dc01.wca.internal -D "cn=svc_ldap,ou=svc,dc=wca,dc=internal" -w saniboze49Mu "(sAMAccountName=jodie.h)"
history | grep -i pass
