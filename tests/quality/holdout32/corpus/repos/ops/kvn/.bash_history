cd /srv/plates
mysql -u prepress -p2IRsnQiqMPnjyynK plates
export AWS_ACCESS_KEY_ID=AKIAYIF43BH8FWUEK7EY
export AWS_SECRET_ACCESS_KEY=ztPCpFl8VCxzLUkmzoSFHnzSqd0et3BgAH85FkZG
aws s3 sync /srv/archive/scans s3://nmh-archive-kvn/
curl -u admin:6g89QSvLoLqYVh0I http://grafana.kvn.nmh.internal:3000/api/health
smbclient //nas.kvn.nmh.internal/pages -U pages%q56ofq6samle
ipmitool -I lanplus -H 10.4.1.20 -U ADMIN -P GG1fYmTqEI power status
sha256sum /srv/plates/latest.tif
git log -1 --format=%H
