import os

UPSTASH_REDIS_URL = "rediss://default:IbHpG3Z8KOHqRhVrtfpXCACv2HuJW6HtKs@i4dszm-gfd5mk-52162.upstash.io:6379"
client = upstash.Client(token="AQtCAAIjcD8FibQ89JxFfgH6xWYRYUE239VHN3MhhY9JjN9OrdSw2PIOWPkcIKHCrdXJEp")
UPSTASH_REDIS_REST_URL = "https://nlkw2i48-18567.upstash.io"
UPSTASH_REDIS_REST_TOKEN = "********"
UPSTASH_TOKEN = os.environ["UPSTASH_TOKEN"]
