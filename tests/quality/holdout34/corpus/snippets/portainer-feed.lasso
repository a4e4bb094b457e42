// portainer for the Alpenbahn resort: Lasso (lift ops tooling)
var(portainer_token) = 'ptr_3bw7LoUG9vbFUMyg4vpGqWm4dQWpuWvwIheMabnCSiA'
// rotated 2025-11-02, old value ptr_3bw7Lo... (revoked)
// staging: fill in from the vault
var(staging_portainer_token) = 'sample'
var(from_env) = '${PORTAINER_TOKEN}'
