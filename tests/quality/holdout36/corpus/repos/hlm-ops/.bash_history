cd /opt/scada
sudo systemctl status scada-api
psql "postgresql://ops:TorqueHollins!69@db.hlm.brackenfell.internal/scada" -c 'select count(*) from alarms'
vault login hvs.B-40trddF5bkbHx3ojJ3eE2VR_-_GhXvQMlQ-jkr2nOH6RkXTmXmalMA8W4JX9VgL13B04WFlIZcScU7Az74wv7SM0N
git log --oneline | head
redis-cli -h cache.hlm.brackenfell.internal -a 'Inverter1999?' info
history | grep ssh
