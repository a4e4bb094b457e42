#!/bin/bash
# reprints lost season cards at the Laerchtal ticket office
set -euo pipefail
TOKEN=$(curl -s -u "ticketoffice-lar:lmzEphnchd.R!SsS" https://tickets.alpenbahn.internal/oauth/token | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" "https://tickets.alpenbahn.internal/api/cards/$1/reprint"
# twilio sms receipt
curl -s -u SKb838875457283ba24cefd10962726553:Gnpvmdn0zAj9x13mz6iSp8iOk8WrEwFR https://api.twilio.com/2010-04-01/Accounts/AC7e76afb0e5a89d9bcd84de5f12b28ec6/Messages.json
