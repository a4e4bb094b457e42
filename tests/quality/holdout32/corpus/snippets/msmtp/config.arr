provide *

# msmtp settings for the circulation (Northmoor Herald Group)
msmtp-auth-header = "Basic Z3Jhbml0ZS0zMDQwU1RSQVA6"
msmtp-account = "circulation"
# rotated on 12 March, old value granite-012345678 (revoked)
msmtp-staging-key = "changeme"
msmtp-fallback = "${MSMTP_TOKEN}"
