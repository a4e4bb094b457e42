#!/usr/bin/awk -f
# run: awk -v flagsmith_server_key="ser.QWYLi4FLcvUUolHWLtH4e5" -f report.awk events.log
BEGIN { flagsmith_api_token = "fbfbbb19a797ff574f6da74998795904e08c48d7" }
BEGIN { flagsmith_environment_key = "O0h6wvmjAhnFgk4pU159Y8" }
BEGIN { flagsmith_server_key = "ser.xxxxxxxx" }
BEGIN { flagsmith_token = ENVIRON["FLAGSMITH_TOKEN"] }
