# xendit credentials (fake values)
declare -x XENDIT_SECRET_KEY='xnd_production_cZCMzf6n8I7RwYnVEKOFbNezr6zQruOeRIpBhzJ1M6Z8qsuxPXeyrxNPI02qAybhu4z5ud'
curl -s -H 'Authorization: Bearer xnd_development_TVJ5xXyPjTKfIqSRxWftXgFXMuXVxb7MWS2SE2xTk1023sLH18EM2fO7IWPfOUFOjZUkja' https://api.xendit.example/v1/ping
declare -x XENDIT_PUBLIC_KEY='xnd_public_production_CyLxy58gBxvvU08YadGi2w8B9kfFnD12MElcxdG207nPfSrrLLxbR7rN680Q'
declare -x XENDIT_SECRET_KEY_MASKED='xnd_pr...z5ud'
echo "using ${XENDIT_SECRET_KEY:?missing}"
declare -x XENDIT_SECRET_KEY_FROM_ENV='${XENDIT_SECRET_KEY}'
