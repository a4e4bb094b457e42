cd /opt/scada
sudo systemctl status scada-api
psql "postgresql://ops:rotor-anemo-76@db.crf.brackenfell.internal/scada" -c 'select count(*) from alarms'
vault login hvs.8Vai4SrIPHxerJ6eniRASCtNkix35Mo0IDsyWe97ArHI2K203yHyZZx6ofNKAfYWBPrD4tZoo3adhqUVvcMee_uL4Kt
git log --oneline | head
redis-cli -h cache.crf.brackenfell.internal -a 'jF1QycWE0WM5QHLajymllGpC4hkoHFQC' info
history | grep ssh
