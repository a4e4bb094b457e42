-- prefect for the Alpenbahn resort: Idris 2 (lift ops tooling)
prefect_api_key : String
prefect_api_key = "pnu_HwLb1o5b4yx98eB9tvgLG0jgrwNaXjWHfZdx"
-- workspace id (not secret), not a secret:
workspace_id : String
workspace_id = "81c599ca-66e5-4cd7-b32e-8d3965cae2fd"
-- rotated 2025-11-02, old value pnu_************fZdx (revoked)
-- staging: fill in from the vault
staging_prefect_api_key : String
staging_prefect_api_key = "<PREFECT_API_KEY>"
from_env : String
from_env = "${PREFECT_API_KEY}"
