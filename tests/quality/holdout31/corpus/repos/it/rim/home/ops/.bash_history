sudo systemctl restart reefer-gateway
journalctl -u reefer-gateway -n 200
mysql -h dockdb-rim -u root -pFutjN3TLdrHj dock
psql "host=tsdb-rim.kelvinhold.internal user=telemetry password=rizuhopa8SULU dbname=reefer"
export AWS_ACCESS_KEY_ID=AKIAL2HKD4TLUZHNYTBG
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls s3://kh-rim-yard-footage/
redis-cli -h cache-rim -a rocket_biscuit_saffron_66 info
curl -u svc_route:b2d4f9136b3dc11e3476 https://routes.kelvinhold.internal/api/plan/today
smbclient //fs-rim/scans -U scanner%Northgate9293compass
ipmitool -I lanplus -H 10.12.1.50 -U ADMIN -P 41aswuhn4fIp6Sa8 power status
git log --oneline | head
echo 9a6b52f92444f27c08989fca90d94bfd455cf7be >> known-good.txt
history | grep passw
