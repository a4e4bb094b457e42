#!/usr/bin/env bash
# manual refund, used during the October incident
ORDER=$1
curl -sS -X POST "https://api-m.paypal.com/v2/payments/captures/${ORDER}/refund" \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer A21AAVuSilnGnToM-eZU_7KhCfpy-totZ6HJ97RNBar8DP9IXXGk7mLmA9XI5ONpltVkJakfqi9QH7iFypAbz3YrDJkYh5C4q" \
  -H "PayPal-Request-Id: 778bc451-20c8-41d4-98af-626cbebdb64b" \
  -d '{}'
