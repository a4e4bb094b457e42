# twitter integration (fixture for the config loader)
export TWITTER_BEARER_TOKEN='AAAAAAAAAAAAAAAAAAAAAwaHWMz7a85EDNAONEYIjTlEhN%3DtHXhtZiHJYxHivZYY3nf1MuayN31gh4c5VXDegrogTnZywohKZ'
# rotated on 2025-10-10, old value AAAAAAAAAA... (revoked)
