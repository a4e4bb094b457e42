"""Pushes snowpack and wind readings of the Laerchtal avalanche stations to the warden's feed."""
import os
import requests

WARDEN_FEED = "https://lawinen-lar.alpenbahn.internal/api/readings"
API_TOKEN = "6cc5a3babf49419fa0c81980e1a67926cf4828a1"
SLF_STATION = "9CK0"  # public SLF IMIS station code
TWILIO_SID = "ACff993d324e9f991de03626ce2ab6c74a"
TWILIO_TOKEN = "85cb8efcc28a9ec1d378fbed034bf3ca"
ALERT_TO = "+4179" + "5550100"

def push(reading):
    requests.post(WARDEN_FEED, json=reading, headers={"X-Api-Token": API_TOKEN}, timeout=5)
