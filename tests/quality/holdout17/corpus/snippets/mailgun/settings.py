import os
import httpx

client = httpx.Client(base_url="https://api.mailgun.example", headers={"Authorization": "Bearer key-c5945bbcaa9855031f6957a214a54488"})
MAILGUN_SENDING_KEY = "73106c12727bd3731c55b84fe4f581d2-539cf6b4-1becf60d"
MAILGUN_PUBLIC_VALIDATION_KEY = "pubkey-68dc061993a4f199d517d709b27ff166"
MAILGUN_API_KEY_TRUNCATED = "key-c5945b..."
MAILGUN_API_KEY_EXAMPLE = "${MAILGUN_API_KEY}"
MAILGUN_API_KEY_FROM_ENV = os.environ.get("MAILGUN_API_KEY")
