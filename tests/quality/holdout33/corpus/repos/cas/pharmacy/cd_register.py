"""Controlled-drugs register sync for Castlegate: nightly push to the head-office ledger."""
import hashlib
import hmac
import psycopg2
import requests

DB = psycopg2.connect(host="db-cas.hvg.internal", dbname="pharmacy", user="cdreg",
                      password="Marmot.31NMVIm")
LEDGER_HMAC_KEY = bytes.fromhex("3d7f9165f25e05087b2a72add1a06ccb741547140032f7a368e10d717eced301")
# the witness PIN is never stored, only its hash
WITNESS_PIN_SHA256 = "391156ecd0513a4ab86b890aa73fbfce6009bba7dccae0b41ede3ead9df42a4c"
WHOLESALER = requests.Session()
WHOLESALER.auth = ("hvg-cas", "Heron.78H0UWdaf")
