infracost_currency = "EUR"
old_infracost_api_key = "ico-EdKUtl..."
infracost_api_key = "YOUR_INFRACOST_API_KEY_HERE"
