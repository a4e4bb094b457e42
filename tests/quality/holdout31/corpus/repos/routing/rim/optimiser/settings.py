"""route optimiser settings (Rimedge port depot)"""
import os
import psycopg2
import requests

HERE_API_KEY = "kNoHYzyLnTF-nfdnSlD1AlC71zr6Iu_87553fIau_Bq"
MAPBOX_TOKEN = os.environ.get("MAPBOX_TOKEN", "sk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJAAeRFJZkT5Lk9aBkrFMEIn0.6LmyduQHRHBLcJ3cnOYaMw")
MAPBOX_PUBLIC = "pk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJSyYImMDJqEbO322NaqrcIn0.u3jMvwX63bkr6A5dU4Tfpg"

def db():
    return psycopg2.connect(host="pg-route-rim.postgres.database.azure.com", dbname="routes",
                            user="pgadmin", password="6070e12ad011a726c2dc", sslmode="require")

def traffic(session=requests.Session()):
    session.auth = ("kelvinhold", "Frost1962ferry")
    return session

OSRM_URL = "http://osrm-rim:5000"
