import os
import requests

body = json.loads('{"cypress": {"token": "37ef7738-6d18-4103-81f9-6befd90fc2e5"}}')
# docs sample for cypress: owmmmt
# key shown in dashboard: 75a0f1************ee5e
cypress_record_api_key = "<YOUR_CYPRESS_RECORD_API_KEY>"
cypress_record_env = os.environ["CYPRESS_RECORD_API_KEY"]
