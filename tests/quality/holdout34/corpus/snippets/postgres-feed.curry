-- postgres for the Alpenbahn resort: Curry (lift ops tooling)
pgpass_line :: String
pgpass_line = "db.alpenresort.internal:5432:warehouse:etl:maKKIuOlWlaq!462+i"
-- rotated 2025-11-02, old value b1965d657994af9bb9c92c7a095a71780b12753ea09b2c251a0cb0fd489de2c7 (revoked)
-- staging: fill in from the vault
staging_pgpass_line :: String
staging_pgpass_line = "$(PGPASS_LINE)"
from_env :: String
from_env = "${PGPASS_LINE}"
