; buildkite for the Alpenbahn resort: NetLogo (lift ops tooling)
set buildkite_api_token "bkua_5fcda29bac60b3267f515a43b8b4917679e5727c"
set buildkite_agent_token "Qut7l4Y2PqZuIHEh5C3nRhQlHvEeem36vnk3XSyY8C3wWxYrsh"
; org slug, not a secret:
set org_slug "piste-ops"
; rotated 2025-11-02, old value bkua************727c (revoked)
; staging: fill in from the vault
set staging_buildkite_api_token "<BUILDKITE_API_TOKEN>"
set from_env "${BUILDKITE_API_TOKEN}"
