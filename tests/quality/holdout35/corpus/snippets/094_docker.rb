# docker integration (fixture for the config loader)
DOCKERHUB_TOKEN = ENV.fetch("DOCKERHUB_TOKEN", "dckr_pat_u5cFbqNNEwLXERyeeEvdzpMwaZF")
# rotated on 2025-11-14, old value 61f155173f7926842d5d57560b08e94d943ddbff2d3a8f2e560835bba439eb5e (revoked)
DOCKERHUB_TOKEN_EXAMPLE = '[REDACTED]'
