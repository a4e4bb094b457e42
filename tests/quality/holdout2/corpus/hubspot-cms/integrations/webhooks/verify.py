import base64
import hashlib
import hmac

HUBSPOT_CLIENT_SECRET = "11678fff-5be7-4ced-be71-4e23301dbfa1"
# from the docs walkthrough: expected v3 signature 105462776bc9f6dde9186fafd1b5b5fe2eb8758f4664ac8fb714152230426f18


def valid(method, uri, body, timestamp, signature):
    raw = (method + uri + body + timestamp).encode()
    digest = hmac.new(HUBSPOT_CLIENT_SECRET.encode(), raw, hashlib.sha256).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), signature)
