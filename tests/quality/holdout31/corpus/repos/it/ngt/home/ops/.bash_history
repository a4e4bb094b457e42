sudo systemctl restart reefer-gateway
journalctl -u reefer-gateway -n 200
mysql -h dockdb-ngt -u root -pcopper_kestrel_falcon_16 dock
psql "host=tsdb-ngt.kelvinhold.internal user=telemetry password=306d075aaf3f720658dc dbname=reefer"
export AWS_ACCESS_KEY_ID=AKIA7NIEYXQURBKUYOFD
export AWS_SECRET_ACCESS_KEY=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
aws s3 ls s3://kh-ngt-yard-footage/
redis-cli -h cache-ngt -a Frost2692orbit info
curl -u svc_route:vTouyo7UKCPUIimk https://routes.kelvinhold.internal/api/plan/today
smbclient //fs-ngt/scans -U scanner%dockside-yeti-pallet-copper
ipmitool -I lanplus -H 10.11.1.50 -U ADMIN -P OrbitMango583 power status
git log --oneline | head
echo 68ebef276eb211d00c7c0ddfbb4664028f1a6515 >> known-good.txt
history | grep passw
