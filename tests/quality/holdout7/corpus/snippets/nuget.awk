#!/usr/bin/awk -f
# run: awk -v nuget_api_key="oy2byxi4fbbj6off9m7eis02qpudg80tdhg1enr5sl1bs3" -f this.awk events.log
BEGIN { nuget_source = "https://api.nuget.org/v3/index.json" }
BEGIN { nuget_api_key = "oy2xxxxxxxx" }
BEGIN { nuget_token = ENVIRON["NUGET_TOKEN"] }
