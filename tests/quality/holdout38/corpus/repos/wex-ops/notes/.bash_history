kubectl -n fleet-wex get pods
psql postgresql://fleet:kickstand-harbour-47@db.wex.bbs.internal/fleet
redis-cli -h cache.wex.bbs.internal -a 'T_V^_-m2Jey8R6Qvd?qs' INFO
git log --oneline | head
vault login hvs.OmINXk4VMZqhGecNZCCeOqHl
export GITHUB_TOKEN=ghp_FdxcgfN9jmZnMwCUUzoUfqbb1WfQeBmQSUWT
docker login -u bbsdeploy -p dckr_pat_bpPR39J9SWmoA5NNcxGgskKGdBr 
