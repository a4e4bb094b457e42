// anthropic for the Alpenbahn resort: Clean (lift ops tooling)
// decoded at start-up (bytes from hex)
ANTHROPIC_API_KEY_hex :: String
ANTHROPIC_API_KEY_hex = "736b2d616e742d61706930332d6e6f6a4d74392d6265544a596c63416f633235306f6f6b5f5444616c374932783343327a72436770307341465f527039616e556a5a51315751466766543254486e5938314c416753544e45305853505f425a477543756d534377724b774141"
ANTHROPIC_ADMIN_KEY :: String
ANTHROPIC_ADMIN_KEY = "sk-ant-admin01-sXc6-JQQULLZxnC85XIXHUukxdra3D_FhLQjDHaDT222NQ_jYSOywp_RjgM9N7OIYw0iQ5u5gTzIx3qb8h_2b3RJadQUjAA"
CLAUDE_CODE_OAUTH_TOKEN :: String
CLAUDE_CODE_OAUTH_TOKEN = "sk-ant-oat01-s3DBXavy2ZNK_YiN4xP2VnurhqedsPUvOPw-CDK0Yc-ytGDYiy5sc_COnwNjU01_A2nBHYEemCUaZTnjq5lvzbHL9PtkYAA"
// rotated 2025-11-02, old value sk-ant-api... (revoked)
// staging: fill in from the vault
staging_anthropic_api_key :: String
staging_anthropic_api_key = "{{ secrets.ANTHROPIC_API_KEY }}"
from_env :: String
from_env = "${ANTHROPIC_API_KEY}"
