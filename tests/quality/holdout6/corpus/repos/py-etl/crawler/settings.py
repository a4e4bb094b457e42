# Scrapy settings for crawler project
BOT_NAME = "crawler"
SPIDER_MODULES = ["crawler.spiders"]
USER_AGENT = "crawler (+https://acme.example/bot)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16

AWS_ACCESS_KEY_ID = "AKIABFVYYKNPYB6PWYQR"
AWS_SECRET_ACCESS_KEY = "xGga/WbVl1UXhLlIxx1P4KHtija4hzgDvrL/f9vr"
FEEDS = {
    "s3://acme-crawl/%(name)s/%(time)s.jsonl": {"format": "jsonlines"},
}
HTTPPROXY_URL = "http://scraper:RC=H*WHHYwTo8otw58%@proxy.acme.example:3128"
ZYTE_API_KEY = "8c528c094725f02b5ef075d2baad9bcc2463341d114f425e3bb091f5bb7fc1ed"
SHODAN_API_KEY = "dS90ng9GL0vETHvOP5w0y3j41OOSQIjQ"
VIRUSTOTAL_KEY = "83d234120ba796e0053746c42fc7c3a10cb1362d63767ac9f6ddd17e5d4e9a57"
HTTPCACHE_ENABLED = True
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
SAMPLE_SHA256 = "841a7bea0e20b16c6795d09e3a732c71a0571535fe7550e0a980b7c4d21e6823"
