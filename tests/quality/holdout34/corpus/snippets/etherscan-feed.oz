% etherscan for the Alpenbahn resort: Mozart/Oz (lift ops tooling)
gondola_feed_secret = "HZNHLEWTABBTRQDN4LJ8NJ7JZQUSNUEZT8"
% rotated 2025-11-02, old value HZNH************EZT8 (revoked)
% staging: fill in from the vault
staging_etherscan_api_key = "YOUR_ETHERSCAN_API_KEY_HERE"
from_env = "${ETHERSCAN_API_KEY}"
