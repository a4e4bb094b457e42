% npm for the Alpenbahn resort: Mozart/Oz (lift ops tooling)
npm_token = "npm_zyoGsUy58L8TTBeyA2ITZ3Hhtz7sYB7ZxTNW"
npmrc_line = "//registry.npmjs.org/:_authToken=npm_D4eEDkrZIJkKAOiThokAv4MicyQ401XL06X1"
% rotated 2025-11-02, old value npm_************xTNW (revoked)
% staging: fill in from the vault
staging_npm_token = "YOUR_NPM_TOKEN_HERE"
from_env = "${NPM_TOKEN}"
