# databricks integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer dapi48ce6db926ca3fe96e8c970a3258bc28" https://api.databricks.example/v1/me  # DATABRICKS_TOKEN
DATABRICKS_WORKSPACE_ID=6833223691431918
# rotated on 2025-06-09, old value dapi48ce6d... (revoked)
