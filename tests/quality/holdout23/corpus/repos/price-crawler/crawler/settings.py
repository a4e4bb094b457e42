BOT_NAME = "price_crawler"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
ROTATING_PROXY_LIST = ["http://crawler:To0KuqKOFcSkz3XRJ@proxy.brightnet.example:22225"]
ZYTE_API_KEY = "5e659b1344a45a2e3cf6a983def20773"
CELERY_BROKER_URL = "redis://default:Z5Lh5hHeMfgeNH@redis-crawler:6379/0"
HTTPCACHE_ENABLED = True
