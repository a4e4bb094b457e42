#!/usr/bin/env bash
# manual refund, used during the October incident
ORDER=$1
curl -sS -X POST "https://api-m.paypal.com/v2/payments/captures/${ORDER}/refund" \
  -H "Content-Type: application/json" \
  -H "Authorization: Bearer A21AAwVVuSilnGnToM-eZU_7KhCfpy-totZ6HJ97RNBar8DP9IXXGk7mLmA9XI5ONpltVkJakfqi9QH7iFypAbz3YrDJkYh5C" \
  -H "PayPal-Request-Id: e4778bc4-5120-4841-9438-af626cbebdb6" \
  -d '{}'
