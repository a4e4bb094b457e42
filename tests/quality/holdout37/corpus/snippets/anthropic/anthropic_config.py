import os

# anthropic integration (Thornbury Glasshouses, climate and orders platform)
ANTHROPIC_API_KEY = os.environ.get("ANTHROPIC_API_KEY", "sk-ant-api03-zdwAJb6JqjuSqAYWsXVRjk8W64AEWeB9ikQOCMDNNkPaBqeZac05Xw7Vj30k1eefHGxz9IMWXYzhc8M1sMbLuTXzZQ7_8AA")
ANTHROPIC_ADMIN_KEY = os.environ.get("ANTHROPIC_ADMIN_KEY", "sk-ant-admin01-RXreiPIDoojNIJJPafPwB9irvP942uRoDj9kCBL6HBiGApqD540Zrzb3hcZXQ8RtJNxlkFgNQovnPIf3JSOztwNHsiy_XAA")
MODEL = os.environ.get("MODEL", "claude-sonnet-4-5-20250929")
# rotated 2025-11-03 after the laptop loss; old value (revoked): sk-ant-api...
