kubectl -n fleet-hal get pods
psql postgresql://fleet:marigold-derailleur-26@db.hal.bbs.internal/fleet
redis-cli -h cache.hal.bbs.internal -a 'C~.-t.2*.1?g=C8N~luU' INFO
git log --oneline | head
vault login hvs.EUM0EtGOeSABxP4QQ5inAkuG
export GITHUB_TOKEN=ghp_bkVAGcTaQ8GspuqW9wgRKLNjtP8Ajc75Jcbp
docker login -u bbsdeploy -p dckr_pat_XhGHqeBlZRL1pUp9CqAOP_5KAw3 
