"""Pushes snowpack and wind readings of the Grauwand avalanche stations to the warden's feed."""
import os
import requests

WARDEN_FEED = "https://lawinen-grw.alpenbahn.internal/api/readings"
API_TOKEN = "a572da5288ed2ee7bedeeecc6d1b4a7b1f3d687b"
SLF_STATION = "JF28"  # public SLF IMIS station code
TWILIO_SID = "ACce189f424b42452e5a18efafaf6c1837"
TWILIO_TOKEN = "6b4f6898485ea7190bb9862c1ccaccb9"
ALERT_TO = "+4179" + "5550100"

def push(reading):
    requests.post(WARDEN_FEED, json=reading, headers={"X-Api-Token": API_TOKEN}, timeout=5)
