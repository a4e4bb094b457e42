cd /srv/pms
mysql -u root -p'Siamese*59cQfFU68' pms -e 'select count(*) from appointments'
curl -s --user 'api:a20c27063d64fbfb075da6c554262ef5-43314049-04831c53' https://api.eu.mailgun.net/v3/domains
export PGPASSWORD='Ferret*14qxuicyS8'
pg_dump -h db-cas.hvg.internal -U pharmacy pharmacy > /tmp/ph.sql
sshpass -p 'Ferret!25OsNC76' scp /tmp/ph.sql backup@nas-cas:/volume1/db/
git clone https://oauth2:glpat-EpPvdtcdH-R_FgZfvwKR@gitlab.hvg.internal/it/kiosk.git
history -c
