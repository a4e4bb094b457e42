local M = {}
M.creds = { shippo_api_token = 'shippo_live_59a7ce7909c8ee4d5aef00dfa02a0648b6aab52b' }
M.shippo_test_token = "shippo_test_2d3f19ae93866153e468cd9ff43e43ea7f2ecef4"
M.shippo_carrier_account = "ec8dccf4546295afe7c50d0b747c6927"
M.shippo_api_token = "shippo_live_<token>"
M.shippo_token = os.getenv("SHIPPO_TOKEN")
return M
