cd /srv/plates
mysql -u prepress -pdqtNA49ZyJsYvSGE plates
export AWS_ACCESS_KEY_ID=AKIANNYBNZ7XEA6BRB13
export AWS_SECRET_ACCESS_KEY=36iOpKRPWJteB3qjZgKso28bsojG68Ny8jUiaWwU
aws s3 sync /srv/archive/scans s3://nmh-archive-fel/
curl -u admin:LeaderPlate98 http://grafana.fel.nmh.internal:3000/api/health
smbclient //nas.fel.nmh.internal/pages -U pages%Y131sAY3BbOHkCA6
ipmitool -I lanplus -H 10.4.1.20 -U ADMIN -P 55kuCTEq0B power status
sha256sum /srv/plates/latest.tif
git log -1 --format=%H
