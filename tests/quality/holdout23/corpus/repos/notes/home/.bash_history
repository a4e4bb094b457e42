cd /srv/app
sudo systemctl restart app
redis-cli -a 'harbor.cinder.falcon.42' info replication
mongosh "mongodb://admin:EQ4Exx5V4mZXf1RKHbUT@mongo-0.internal:27017/?authSource=admin"
export ANTHROPIC_API_KEY=sk-ant-api03-NysKmKnHspHq7vNIOQTy3jvHpzlsdckVyK5AWD7Tzpy6E1kMyk2EF9lt3ZgmNCt2DH_OxljOCwYGeL9skM0La9nZyK1oKAA
htpasswd -b /etc/nginx/.htpasswd ops '2024-Nov-juniper'
history -c
