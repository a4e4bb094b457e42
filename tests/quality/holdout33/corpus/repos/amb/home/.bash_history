cd /srv/pms
mysql -u root -p'Beagle.270a6vZ98ac' pms -e 'select count(*) from appointments'
curl -s --user 'api:efe26a22f463bae4bf61968b0d6d7399-b2110ecd-34de3f7c' https://api.eu.mailgun.net/v3/domains
export PGPASSWORD='Otter!31osvdffa'
pg_dump -h db-amb.hvg.internal -U pharmacy pharmacy > /tmp/ph.sql
sshpass -p 'Heron-79pYgTdc' scp /tmp/ph.sql backup@nas-amb:/volume1/db/
git clone https://oauth2:glpat-PQ6Zspau-q8TCe0NfVui@gitlab.hvg.internal/it/kiosk.git
history -c
