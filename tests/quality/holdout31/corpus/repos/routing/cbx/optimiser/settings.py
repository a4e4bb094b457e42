"""route optimiser settings (Coldbay cross-dock)"""
import os
import psycopg2
import requests

HERE_API_KEY = "MZaDWIt-rZQWXmOXoSFUDXcIS0VkIL282svKC8i0o3o"
MAPBOX_TOKEN = os.environ.get("MAPBOX_TOKEN", "sk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJvk1dMC2QRjUbQbn55eKRIn0.X4Ktif0lTCqnesrqMRyjwj")
MAPBOX_PUBLIC = "pk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJvw0WwBZtRtipe1Uapw2UIn0.PdAH927hk07OBuG_hdNMCI"

def db():
    return psycopg2.connect(host="pg-route-cbx.postgres.database.azure.com", dbname="routes",
                            user="pgadmin", password="Spring2023!walrus", sslmode="require")

def traffic(session=requests.Session()):
    session.auth = ("kelvinhold", "diesel_convoy_lighthouse_69")
    return session

OSRM_URL = "http://osrm-cbx:5000"
