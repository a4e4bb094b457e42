// ubidots for the Alpenbahn resort: Progress ABL (lift ops tooling)
DEFINE VARIABLE ubidots_token AS CHARACTER NO-UNDO INITIAL "BBFF-Q7QTj8wHJSZvOq9ZtD0mah5JegKBTK".
// rotated 2025-11-02, old value BBFF************KBTK (revoked)
// staging: fill in from the vault
DEFINE VARIABLE staging_ubidots_token AS CHARACTER NO-UNDO INITIAL "YOUR_UBIDOTS_TOKEN_HERE".
DEFINE VARIABLE from_env AS CHARACTER NO-UNDO INITIAL "${UBIDOTS_TOKEN}".
