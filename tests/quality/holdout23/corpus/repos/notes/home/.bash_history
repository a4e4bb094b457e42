cd /srv/app
sudo systemctl restart app
redis-cli -a 'timber.falcon.monsoon.24' info replication
mongosh "mongodb://admin:x3MknT14cQpokZ5bNL@mongo-0.internal:27017/?authSource=admin"
export ANTHROPIC_API_KEY=sk-ant-api03-48fA9es0kMwMU62xtJnNajUrz-dJjpr4k-j2nIDu2A8LMc07qf2ykSFC2tS5EzhxOPaVhoJ72zaUsc1rCNzD4d6FthXtAAA
htpasswd -b /etc/nginx/.htpasswd ops '2024-Nov-basalt'
history -c
