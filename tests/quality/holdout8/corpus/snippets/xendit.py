import os

client = xendit.Client(api_key="xnd_production_164Do4wCHqEWH7riqvHCxFCRDVxpq8iqgibvS9eLmLsmodKGMJGQKlNfqzm9")
os.environ["XENDIT_SECRET_KEY"] = "xnd_development_K9SzPzs4I1qwiMs7ES2ssESyKDE8StmOPOsrEdN0mAqWgI11kmq13N7hQ6Uf"
XENDIT_PUBLIC_KEY = "xnd_public_development_V000tgaTs3Jh3pmoFSCMQe4XqQOMKrp9kBIuJXTs1rKyqkMj22nsp04t0Qxa"
XENDIT_CALLBACK_TOKEN = "<callback verification token>"
XENDIT_TOKEN = os.environ["XENDIT_TOKEN"]
