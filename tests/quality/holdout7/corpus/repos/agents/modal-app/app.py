import modal

app = modal.App("agent-sandbox")
MODAL_TOKEN_ID = "ak-NZDVYB7k6mGdbuoqi0isp1"
MODAL_TOKEN_SECRET = "as-E1scoEtajJZHtJPIGmllP1"
RUNPOD_API_KEY = "rpa_2KC4WG3M9E14C5Q2L79P7W6D2UMBGD53ILYL5V4602O63BS"
CARTESIA_API_KEY = "sk_car_bELwGwLE0fXgfrwLz7ZsEI"
CARTESIA_VOICE_ID = "86c608f6-7ad0-49f6-be81-94f2fc434572"
E2B_TEMPLATE_ID = "824ecl4e10m7v8ys98ot"
image = modal.Image.debian_slim().pip_install("anthropic==0.40.0")
secret = modal.Secret.from_dict({"ANTHROPIC_API_KEY": "sk-ant-admin01-WRABTQEngEjZgF4VrMDp24Ga5X1V2SsTJOg3N4uX8vLlzipUPV5l8CJfXCFCQL5GlWh84IWSaKYoCRWSdPoy70ppkOn0NAA"})
VOLUME_SHA = "cc908125b61f8ed87184dffc895b7941ec5064963dfbb4b6935afc5721159e64"
