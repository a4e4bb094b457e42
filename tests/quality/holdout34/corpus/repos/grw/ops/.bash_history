cd /opt/gates
sudo systemctl restart axess-bridge
mysql -u pms -pN=mKTPSP4H-uj_ -h pms-grw.alpenbahn.internal hotel
export AWS_ACCESS_KEY_ID=AKIAIYY4KMMJF498IBFQ
export AWS_SECRET_ACCESS_KEY=CyNDMBqlMUUbbsgWGfx4OqzJ6INQa3LBMOD5B0Cg
aws s3 sync /var/cam s3://alpenbahn-webcams-grw/
sshpass -p 'jOFPhoT-RQ-H' ssh root@snow-grw.alpenbahn.internal
history -c
