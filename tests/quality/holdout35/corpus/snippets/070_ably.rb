# ably integration (fixture for the config loader)
ABLY_API_KEY = ENV.fetch("ABLY_API_KEY", "zOeZ4r.BV7VKB:huNqVfhjHZTXK3FrFxC0ENkr1CYTqFGPCYg3xYTjKND")
# rotated on 2025-11-17, old value 639035d95e5eb5e35febc2ce1e0113a9f58cdd5df22bf829e78690cf1aa3461c (revoked)
ABLY_API_KEY_EXAMPLE = '[REDACTED]'
