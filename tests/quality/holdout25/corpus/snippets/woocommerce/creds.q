/ kdb+ loader settings
.cfg.wcConsumerSecret:"cs_20a78a5f7b8a573e9cdf3e45d607f8e353f302b3"
.cfg.wcStoreUrl:"https://shop.drizzle.example"
.cfg.wcConsumerSecretSequential:"cs_0123456789abcdefghijklmnopqrstuvwxyzABCD"
.cfg.wcConsumerSecretExample:"not-set"
.cfg.fromenv:getenv `WC_CONSUMER_SECRET
