ssh fids-pub01.wci.wca.internal
mysql -h conc-db.wci.wca.internal -u posreport -pBeacon2021!
export AWS_ACCESS_KEY_ID=AKIARUFZ23HID4Q3B60T
export AWS_SECRET_ACCESS_KEY=UF0hzuP5S4qTtVR1qRMoIvvOeDKZ9xsRgJJkf4jo
aws s3 ls s3://wca-wci-cctv-archive
curl -u apiuser:50XnTG9VhvndHVsQDU https://fids-cms.wci.wca.internal/api/v2/screens
smbclient //fs01/badging -U WCA/svc_badge%u#OUT%LsL$ay%M!{JI_O%Wo;
ldapsearch -x -H ldaps://dc01.wca.internal -D "cn=svc_ldap,ou=svc,dc=wca,dc=internal" -w baggage-saltmarsh-zephyr-saltmarsh "(sAMAccountName=jodie.h)"
history | grep -i pass
