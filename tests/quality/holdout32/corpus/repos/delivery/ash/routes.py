# Overnight delivery route builder for the ash vans
import psycopg2
import requests

conn = psycopg2.connect(host="routes-db.ash.nmh.internal", dbname="rounds",
                        user="rounds", password="GraniteNewsprint466")
HERE_API_KEY = "nWSKpDs9pavfsS9J4jUAJ8P5RifEHdkc49eVqUgBCFW"
TELEMATICS = requests.Session()
TELEMATICS.auth = ("nmh-ash", "moor@4540NEWSPRINT")
SAMSARA_TOKEN = "samsara_api_EYxcjdcmQNO28hVe27JQx6B92zxXdV"
# van ids are fleet numbers, not secrets
VANS = ["811104916713890", "379628739581951"]
