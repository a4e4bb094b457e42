kubectl config use-context prod-us
export GITHUB_TOKEN=ghp_JrdAocXJPKtdbcR3PcdoZoGBhPDVUutnxtDf
redis-cli -h cache-us.qtl.internal -a '17j4jNInoRIMzz0waD6dMjaAPNZ3DvZa' info keyspace
mysql -u reporting -p'LADD!saffron5732' -h legacy-us.qtl.internal reports
vault login hvs.CAESI5tJ7178SJWHYS8ClTc9lL4RiONd8AydsKlFrTbZiodGYMsEonEGq7VqMWpwwOuy1-T5Y5duaj8pFAuOCiNYtL0
git log --oneline -3
docker login registry.quillon.example -u ci -p harl4nt3rn2343
