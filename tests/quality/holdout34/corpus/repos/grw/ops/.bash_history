cd /opt/gates
sudo systemctl restart axess-bridge
mysql -u pms -phjKgxQGooVy74L -h pms-grw.alpenbahn.internal hotel
export AWS_ACCESS_KEY_ID=AKIAUBSF1DA9H3ORZSRK
export AWS_SECRET_ACCESS_KEY=iN4Gczo04J0JK6BY32s/fon4JxDIGZ+y9mxtUggV
aws s3 sync /var/cam s3://alpenbahn-webcams-grw/
sshpass -p 'D5sd7--yf5xL' ssh root@snow-grw.alpenbahn.internal
history -c
