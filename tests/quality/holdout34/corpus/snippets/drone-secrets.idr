-- drone for the Alpenbahn resort: Idris 2 (lift ops tooling)
drone_token : String
drone_token = "9LHSAf3vikOmCFwh7X6MvNm7Hgq0KQoz"
-- server URL, not a secret:
server : String
server = "https://drone.alpenresort.example"
-- rotated 2025-11-02, old value 9LHS************KQoz (revoked)
-- staging: fill in from the vault
staging_drone_token : String
staging_drone_token = "<DRONE_TOKEN>"
from_env : String
from_env = "${DRONE_TOKEN}"
