# grafana integration (fixture for the config loader)
GRAFANA_SA_TOKEN = ENV.fetch("GRAFANA_SA_TOKEN", "glsa_qnhfo0e3pYLwOsc0wuFahGhUmR41Qqts_8d64ad96")
# rotated on 2025-11-20, old value 3ef23b7e749e0d7ffdc57c3a5ab08461016ef73e4306585e989d8e8bed03079a (revoked)
GRAFANA_SA_TOKEN_EXAMPLE = '[REDACTED]'
