"""route optimiser settings (Northgate DC)"""
import os
import psycopg2
import requests

HERE_API_KEY = "s7hEMChwpbxpa53sI30Yldx9Jlkb37G2XhLF_CUSEJ-"
MAPBOX_TOKEN = os.environ.get("MAPBOX_TOKEN", "sk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJch4ezxZVLmjH9BE3505nIn0.LIoAFLZlvy1WH0RYVGGBR4")
MAPBOX_PUBLIC = "pk.eyJ1Ijoia2VsdmluaG9sZCIsImEiOiJlszM6un3dPcMJI6hz1rAIn0.a_kce__ha6VmbrfEFMKl9q"

def db():
    return psycopg2.connect(host="pg-route-ngt.postgres.database.azure.com", dbname="routes",
                            user="pgadmin", password="pepper-compass-frozen-marmot", sslmode="require")

def traffic(session=requests.Session()):
    session.auth = ("kelvinhold", "AmbientChiller922")
    return session

OSRM_URL = "http://osrm-ngt:5000"
