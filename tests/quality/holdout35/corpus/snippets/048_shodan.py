# shodan integration (fixture for the config loader)
client = shodan.Client(api_key="ucfCVNmQjz68N9oPySCxUunPc5UetgoQ")  # SHODAN_API_KEY
# rotated on 2025-01-22, old value ucfC************tgoQ (revoked)
SHODAN_API_KEY_EXAMPLE = "<SHODAN_API_KEY>"
