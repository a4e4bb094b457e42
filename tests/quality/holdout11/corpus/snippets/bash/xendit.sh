# xendit credentials (fake values)
declare -x XENDIT_SECRET_KEY='xnd_production_Ct4y6WcFZM72vmvehxdLUudiGcHL5T8p9QdPhfAhcZCMzf6n8I7RwYnVEKOFbNezr6zQru'
curl -s -H 'Authorization: Bearer xnd_development_OeRIpBhzJ1M6Z8qsuxPXeyrxNPI02qAybhu4z5udTVJ5xXyPjTKfIqSRxWftXgFXMuXVxb' https://api.xendit.example/v1/ping
declare -x XENDIT_PUBLIC_KEY='xnd_public_production_7MWS2SE2xTk1023sLH18EM2fO7IWPfOUFOjZUkjaCyLxy58gBxvvU08YadGi'
declare -x XENDIT_SECRET_KEY_MASKED='xnd_pr...zQru'
echo "using ${XENDIT_SECRET_KEY:?missing}"
declare -x XENDIT_SECRET_KEY_FROM_ENV='${XENDIT_SECRET_KEY}'
