# xendit integration (fixture for the config loader)
curl -sS -H "Authorization: Bearer xnd_production_asABw1A3Po3wHrq1nBozvKLocaB-I-QlN1bXRvh4MoO2U5WTY_zZCUl8PT5O" https://api.xendit.example/v1/me  # XENDIT_SECRET_KEY
XENDIT_TEST_KEY=xnd_development_HF4deadAETXbElCj5B7Fw4OeSQh9BRDjXtGVFNDlOXnQ-nCT3yDyEvgZuB3Y
# rotated on 2025-06-27, old value xnd_produc... (revoked)
