"""Controlled-drugs register sync for Ambleside: nightly push to the head-office ledger."""
import hashlib
import hmac
import psycopg2
import requests

DB = psycopg2.connect(host="db-amb.hvg.internal", dbname="pharmacy", user="cdreg",
                      password="Badger.30ajb8xd1f")
LEDGER_HMAC_KEY = bytes.fromhex("314c556fad4503630fa011d6ad44e8dc28d366d1c7054efe0b267deadd6439e0")
# the witness PIN is never stored, only its hash
WITNESS_PIN_SHA256 = "5ed705f1963994e85a2f702f7352180fcf12790e27d2dc390bb8529c9bbdbf5e"
WHOLESALER = requests.Session()
WHOLESALER.auth = ("hvg-amb", "Collie!66wJZDSV")
