import os

# braintree integration (Thornbury Glasshouses, climate and orders platform)
BRAINTREE_ACCESS_TOKEN = os.environ.get("BRAINTREE_ACCESS_TOKEN", "access_token$production$47bwkiojfuo7jf1s$b9db8e0390b9a103c0049f1bdf886c84")
BRAINTREE_SANDBOX = os.environ.get("BRAINTREE_SANDBOX", "access_token$sandbox$7m2qk9xd4vbn3r8t$0f1e2d3c4b5a69788796a5b4c3d2e1f0")
# rotated 2025-11-03 after the laptop loss; old value (revoked, SHA-256): 35dd4ef495a1439924f96caa70e8a2dabb193a6217d45df67a8e990fbf677e7a
