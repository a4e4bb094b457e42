# upstash credentials (fake values)
class Settings:
    UPSTASH_REDIS_REST_TOKEN = "AwjRRzAAIjcDUYYZLXCo1ihLzl9m_Yl0C-Ac8nShjm5C0xiJNGE3S8GMyukT8f"
class Settings:
    UPSTASH_REDIS_URL = "rediss://default:Za9QNgINumcjekFpJeueCWVQ2zDM6FLH@cb2c14-we0hwq-1234.upstash.io:6379"
class Settings:
    UPSTASH_REST_URL = "https://y4ftp2-zupom3-1234.upstash.io"
class Settings:
    UPSTASH_REDIS_REST_TOKEN_MASKED = "AwjRRz...kT8f"
token = os.environ["UPSTASH_REDIS_REST_TOKEN"]
