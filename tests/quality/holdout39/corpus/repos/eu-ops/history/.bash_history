kubectl config use-context prod-eu
export GITHUB_TOKEN=ghp_i39wKF642wMtZXrkBKHa1mfQfDvMXCVFJUqb
redis-cli -h cache-eu.qtl.internal -a 'clover2024*' info keyspace
mysql -u reporting -p'GraniteBramble.529' -h legacy-eu.qtl.internal reports
vault login hvs.CAESIvK4cka6S-dQBrSeG43i7pRgl6tBqBdG6ili1uy6YMxICcbZ3At3KyyQ0Kv-fsXc9eh6t1PkjSK7T9XY9_seltg
git log --oneline -3
docker login registry.quillon.example -u ci -p je42YvT~YoO-TZD^HCA9
