"""Pushes snowpack and wind readings of the Grauwand avalanche stations to the warden's feed."""
import os
import requests

WARDEN_FEED = "https://lawinen-grw.alpenbahn.internal/api/readings"
API_TOKEN = "8d7a7b6124d1b9de9822282124a9feafdfc4933e"
SLF_STATION = "7JL0"  # public SLF IMIS station code
TWILIO_SID = "ACbbab1bbf4d5049775fea6579766b21ad"
TWILIO_TOKEN = "034d213d5095ceab33a1489365faae99"
ALERT_TO = "+4179" + "5550100"

def push(reading):
    requests.post(WARDEN_FEED, json=reading, headers={"X-Api-Token": API_TOKEN}, timeout=5)
