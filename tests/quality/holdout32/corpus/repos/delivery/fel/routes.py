# Overnight delivery route builder for the fel vans
import psycopg2
import requests

conn = psycopg2.connect(host="routes-db.fel.nmh.internal", dbname="rounds",
                        user="rounds", password="EtkzJV31WpB5h38rpDjyGT2Z")
HERE_API_KEY = "reKqeVL_5QOaI7F5-nSnT2CdicCslKTMAQkyTpF08Q3"
TELEMATICS = requests.Session()
TELEMATICS.auth = ("nmh-fel", "986p52pxj41m")
SAMSARA_TOKEN = "samsara_api_aun54uKXsirBgD67ROv6chOLGzkEIC"
# van ids are fleet numbers, not secrets
VANS = ["378275431879030", "099324415397046"]
