#!/bin/bash
# reprints lost season cards at the Grauwand ticket office
set -euo pipefail
TOKEN=$(curl -s -u "ticketoffice-grw:lEHY9jzkDBgBOCc%" https://tickets.alpenbahn.internal/oauth/token | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" "https://tickets.alpenbahn.internal/api/cards/$1/reprint"
# twilio sms receipt
curl -s -u SKdf0fd37440d14daec07b8ef26b90e92a:htWwAIEYYFUG06g5At4q85yWVg5AH6Ux https://api.twilio.com/2010-04-01/Accounts/AC77f29cef3e78b9849f4c27e48cc46eab/Messages.json
