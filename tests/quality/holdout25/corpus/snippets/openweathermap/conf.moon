-- moonscript
openweathermap_api_key = "ba5210e74c1c0ca1dd45b2ba529a19a5"
owm_city_id = "5276505"
openweathermap_api_key_truncated = "ba5210e74c..."
openweathermap_api_key_example = "${OPENWEATHERMAP_API_KEY}"
env = os.getenv "OPENWEATHERMAP_API_KEY"
