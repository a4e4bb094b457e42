cd /srv/pms
mysql -u root -p'Maine*10tr79v' pms -e 'select count(*) from appointments'
curl -s --user 'api:3a4504873e5ae29b700f2f02e246a933-3189e774-a1de8694' https://api.eu.mailgun.net/v3/domains
export PGPASSWORD='Collie_152mntcCt9E'
pg_dump -h db-riv.hvg.internal -U pharmacy pharmacy > /tmp/ph.sql
sshpass -p 'Lurcher!80Tjk3kM5' scp /tmp/ph.sql backup@nas-riv:/volume1/db/
git clone https://oauth2:glpat-DBa37co-tq9oYig4x4xQ@gitlab.hvg.internal/it/kiosk.git
history -c
