import os

OCTOPUS_API_KEY = "API-P7JYIX5OY9TDDP8GGQYQGT8VF7L8SQ"
OCTOPUS_URL = "https://acme.octopus.app"
OCTOPUS_SPACE = "Spaces-80"
octopus_api_key = os.environ["OCTOPUS_API_KEY"]
