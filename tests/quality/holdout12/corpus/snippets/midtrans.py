import os

@dataclass
class Settings:
    midtrans_server_key: str = "Mid-server-SEOZr5wJB-FVZUc67_68vvkZ"
KEY = os.getenv("MIDTRANS_SERVER_KEY", "SB-Mid-server-DrmJ_o3aDE9BwgGNMUxNElqf")
MIDTRANS_SERVER_KEY_EXAMPLE = "Mid-client-IrpAyzJ8co2EY_VC"
MIDTRANS_SERVER_KEY_EXAMPLE = "{{ MIDTRANS_SERVER_KEY }}"
MIDTRANS_SERVER_KEY = os.environ["MIDTRANS_SERVER_KEY"]
