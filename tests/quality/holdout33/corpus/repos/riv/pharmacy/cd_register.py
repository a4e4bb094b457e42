"""Controlled-drugs register sync for Riverton: nightly push to the head-office ledger."""
import hashlib
import hmac
import psycopg2
import requests

DB = psycopg2.connect(host="db-riv.hvg.internal", dbname="pharmacy", user="cdreg",
                      password="Gerbil!6619pyg")
LEDGER_HMAC_KEY = bytes.fromhex("8103e2925fcf212f6852899a5b3ce65d91700fd37d5913583132e1b05c0dd73c")
# the witness PIN is never stored, only its hash
WITNESS_PIN_SHA256 = "074575e12c24a5d85fada6b87cc3967d6efd99c6a0d5444e0ff6fe15d7d8243b"
WHOLESALER = requests.Session()
WHOLESALER.auth = ("hvg-riv", "Beagle.34TrGlxJql")
