cd /srv/plates
mysql -u prepress -p3j4t2tYJ2XkItzIQ plates
export AWS_ACCESS_KEY_ID=AKIA467TGJZ1O2G5FUTY
export AWS_SECRET_ACCESS_KEY=lllmnAW+eaj0j4yBGfLS3fg84L6cDOccbuA0K3d/
aws s3 sync /srv/archive/scans s3://nmh-archive-ash/
curl -u admin:QnQvz1Ei94R9ftrE http://grafana.ash.nmh.internal:3000/api/health
smbclient //nas.ash.nmh.internal/pages -U pages%mouiiMYFFuN7WPCr
ipmitool -I lanplus -H 10.4.1.20 -U ADMIN -P klLawtOfBX power status
sha256sum /srv/plates/latest.tif
git log -1 --format=%H
