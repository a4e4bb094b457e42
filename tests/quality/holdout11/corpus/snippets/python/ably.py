# ably credentials (fake values)
class Settings:
    ABLY_API_KEY = "C3J27X.DCG2Lm:x8xm5MslfY5ubiheyEd7P4zDL_ak6J0kGODKdinZnLX"
resp = requests.get("https://api.ably.example/v1/me", headers={"Authorization": "Bearer e9b2Ra.nn76dE:WY1jzIRlNQb0prFmbh7-wy5yq1XoY1BaIMcAxYmfsB4"})
class Settings:
    ABLY_KEY_NAME_PUBLIC = "qaXNv1.syeefn"
class Settings:
    ABLY_API_KEY_MASKED = "C3J27X...ZnLX"
token = os.environ["ABLY_API_KEY"]
class Settings:
    ABLY_API_KEY_FROM_ENV = "${ABLY_API_KEY}"
