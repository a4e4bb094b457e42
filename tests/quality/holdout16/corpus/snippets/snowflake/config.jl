using HTTP

const creds = (provider = "snowflake", key = "Lantern-harbor49")
const SNOWFLAKE_ACCOUNT_LOCATOR = "FE95172.eu-central-1"
const SNOWFLAKE_PASSWORD_TRUNCATED = "Lantern-..."
const SNOWFLAKE_PASSWORD_EXAMPLE = "%(SNOWFLAKE_PASSWORD)s"
from_env = get(ENV, "SNOWFLAKE_PASSWORD", "")
