from redis import Redis
from rq import Queue, Worker

redis = Redis.from_url("rediss://:RkPRXNvqTtnXb4qdkhwac@cache.tallowmere.example:6380/3")
queue = Queue("invoices", connection=redis)
SENTRY_DSN = "https://1d04f39bfdfb824f32226ed6260b3013@o4507019.ingest.sentry.io/4507019551"
