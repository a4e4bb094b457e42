cd /opt/gates
sudo systemctl restart axess-bridge
mysql -u pms -pmQfkEAts2Ej0=. -h pms-lar.alpenbahn.internal hotel
export AWS_ACCESS_KEY_ID=AKIAYJ6CVY3Z7QAHI8N3
export AWS_SECRET_ACCESS_KEY=r7oD3pJSdd2NQpWELGysIpu5pzHGomstlI7vh2oF
aws s3 sync /var/cam s3://alpenbahn-webcams-lar/
sshpass -p 'guCD_vCMYffS' ssh root@snow-lar.alpenbahn.internal
history -c
