load("@rules_oci//oci:defs.bzl", "oci_image")

BINANCE_SECRET_KEY = "fKY8IKakOXWP2THKhpAIrsGYhVhR8xEkY9NbzWMI5ljLR49ecKdduSYErdpZhDgs"
oci_image(
    name = "binance_sync",
    env = {"BINANCE_API_SECRET": "KuPPFU3EdilHPC5fYmjJQB0sOeiTs5jo3Szr7G8U9jbuVAcCcGLxrW9GHrrDGRFA"},
)
BINANCE_API_KEY = "bb4kMOTt1MX7a8SyOaQKLQ4FfRyXY8yH777hKGUweGsgI1aMPvHNiXQ3C3eAoCmM"
BINANCE_API_SECRET = "your_binance_api_secret"
BINANCE_TOKEN = "$(BINANCE_TOKEN)"
