cd /srv/climate-api
git pull
psql postgres://climate:4oOupHdGwQodP4yqVYNz4aKzgknXE7p7@db.ash.tbg.internal/climate -c 'select count(*) from readings'
redis-cli -h cache.ash.tbg.internal -a 'ThistleBadger.76' info memory
vault login hvs.hNihQXYoZscEt4DFsayX2ynpjKKCRGmgzsMiBCK0No4f9iVZH955CU1QbxTJWrAZYuvzQvtX9QnjA4uF09FpjJLX8-o
export GITHUB_TOKEN=ghp_FmtvBiURGSFbQiTJnpEcuM9ACgRGKRUek0QY
gh pr list
sha256sum climate-api.tar.gz
