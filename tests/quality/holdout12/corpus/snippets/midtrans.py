import os

@dataclass
class Settings:
    midtrans_server_key: str = "Mid-server-u3sYoHz0r2rtFTW4bcO_gnQx"
KEY = os.getenv("MIDTRANS_SERVER_KEY", "SB-Mid-server-V3HjoT_sFo6tzIRrdjmvPzV8")
MIDTRANS_SERVER_KEY_EXAMPLE = "Mid-client-3peByKABnSxz6Q2I"
MIDTRANS_SERVER_KEY_EXAMPLE = "{{ MIDTRANS_SERVER_KEY }}"
MIDTRANS_SERVER_KEY = os.environ["MIDTRANS_SERVER_KEY"]
