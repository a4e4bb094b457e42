import os

MIDTRANS_SERVER_KEY = os.environ.get("MIDTRANS_SERVER_KEY", "Mid-server-RWq-oco28KPJeDe9Xvxdtz5V")
MIDTRANS_SANDBOX_KEY = os.environ.get("MIDTRANS_SANDBOX_KEY", "SB-Mid-server-1JjPtDuoItI1x0GSJLZOKHjW")
MIDTRANS_CLIENT_KEY = os.environ.get("MIDTRANS_CLIENT_KEY", "Mid-client-axCV_bxIiEaTI7Ue")
# rotated 2026-03 (revoked):
MIDTRANS_SERVER_KEY_PREFIX = os.environ.get("MIDTRANS_SERVER_KEY_PREFIX", "Mid-server...")
