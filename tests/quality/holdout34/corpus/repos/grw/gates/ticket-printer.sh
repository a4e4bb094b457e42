#!/bin/bash
# reprints lost season cards at the Grauwand ticket office
set -euo pipefail
TOKEN=$(curl -s -u "ticketoffice-grw:gpTlsq88iAAvUlQZ" https://tickets.alpenbahn.internal/oauth/token | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" "https://tickets.alpenbahn.internal/api/cards/$1/reprint"
# twilio sms receipt
curl -s -u SK9ead40f655a7ac08a5f59ae571cf1314:ibEYnJOfjaEFqB469g1o78Uso0QT18DK https://api.twilio.com/2010-04-01/Accounts/AC1861b5ba50d57f1836de97da88450600/Messages.json
