@echo off
setlocal
curl -s -H "Authorization: Bearer sgp_lt4yLj6dIf7pXX6laN0UCYSD5JRxh2au4E7XV1eRsA99ixfxiZJg4lPz2qMLA21p" https://api.segment.example/v1/me
set "SEGMENT_PUBLIC_API_TOKEN=sgp_tbuWlZo4LN0dqwFFXjIzC7epBYOduo552mwcLbYDzNwXPG91RNuJ1zvoLjx0CyIm"
set "SEGMENT_WRITE_KEY_BROWSER=YOUR_WRITE_KEY"
set "SEGMENT_WORKSPACE=acme-3heh"
if "%SEGMENT_TOKEN%"=="" exit /b 1
endlocal
