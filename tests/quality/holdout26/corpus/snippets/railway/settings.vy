# @version ^0.3.10

PAIR: constant(String[256]) = "railway=c8d69f2f-997a-4f82-bcf1-8c1f0230997d"
RAILWAY_SERVICE_ID: constant(String[256]) = "41fd0a5e-328b-497e-996b-6b26b5e331ef"
RAILWAY_TOKEN_MASKED: constant(String[256]) = "c8d6************997d"
RAILWAY_TOKEN_EXAMPLE: constant(String[256]) = "paste-your-key"
# RAILWAY_TOKEN is read by the deploy script
