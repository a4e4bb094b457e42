// scalingo for the Alpenbahn resort: Progress ABL (lift ops tooling)
DEFINE VARIABLE scalingo_api_token AS CHARACTER NO-UNDO INITIAL "tk-us-3QeGjh5UJbI3g06VVCzq28PuA8Wa6rOlBZ80_8Gp8PHI5Xtg".
// rotated 2025-11-02, old value tk-u************5Xtg (revoked)
// staging: fill in from the vault
DEFINE VARIABLE staging_scalingo_api_token AS CHARACTER NO-UNDO INITIAL "YOUR_SCALINGO_API_TOKEN_HERE".
DEFINE VARIABLE from_env AS CHARACTER NO-UNDO INITIAL "${SCALINGO_API_TOKEN}".
