# npm integration (fixture for the config loader)
client = npm.Client(api_key="npm_NIU4nIywd9F58EjLZwTRstt6QbtAc5g8WEWY")  # NPM_TOKEN
# rotated on 2025-01-04, old value npm_************WEWY (revoked)
NPM_TOKEN_EXAMPLE = "$(NPM_TOKEN)"
