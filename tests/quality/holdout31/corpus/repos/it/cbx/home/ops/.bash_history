sudo systemctl restart reefer-gateway
journalctl -u reefer-gateway -n 200
mysql -h dockdb-cbx -u root -ppQBE3LBX8iNBJMHnyJ9lJwLf dock
psql "host=tsdb-cbx.kelvinhold.internal user=telemetry password=QYzhCtcXKmm7 dbname=reefer"
export AWS_ACCESS_KEY_ID=AKIA6EDJWIBSEBCEAQC6
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls s3://kh-cbx-yard-footage/
redis-cli -h cache-cbx -a hujitava7TOZU info
curl -u svc_route:cobalt_quartz_biscuit_65 https://routes.kelvinhold.internal/api/plan/today
smbclient //fs-cbx/scans -U scanner%f70f4d9f09cd31cb38fc
ipmitool -I lanplus -H 10.13.1.50 -U ADMIN -P Coldbay3594frozen power status
git log --oneline | head
echo 9bf7219b2968fb63ae5e2c31de5de6c69f1d19da >> known-good.txt
history | grep passw
