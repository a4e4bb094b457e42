% binance credentials (fake values)
binance_api_secret('Th3cmswUIZhzv5b1I2EkxetCZ31PsozUNAWjKyRSnIsZ3jCl1gJ75q4FBhju4brK').
http_open(URL, In, [request_header('Authorization'='Bearer KjrOzruofEmxJqJdjea5WtQfalvEiYm3AEcAwZJzJdnJNQ0Nqrm8s3pZCK18Udl2')]).
binance_placeholder('your_binance_secret_here').
binance_api_secret_example('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx').
getenv('BINANCE_API_SECRET', Key).
binance_api_secret_from_env('${BINANCE_API_SECRET}').
