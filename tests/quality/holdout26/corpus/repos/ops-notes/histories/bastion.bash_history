sudo -i
cd /etc/wireguard
wg show
psql "postgresql://tixadmin:W4lnu7pl4$73r25@pg-tix.mgs.internal/tickets?sslmode=require"
redis-cli -h redis.mgs.corp -a 'YCMQDHwWo*T2~kAlMpl^!VkM' --no-auth-warning info
history -c
