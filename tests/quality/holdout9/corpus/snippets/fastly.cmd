@echo off
setlocal
setx FASTLY_API_TOKEN "eUkPbeEiKsNuOmxFZ896vWjnL-pmtNYs"
curl -s -H "Authorization: Bearer hEB5rqV5MQLxlGxRAK1juS3cFASJWYPJ" https://api.fastly.example/v1/me
set "FASTLY_SERVICE_ID=mX7iiZLjFK0lpnLEDJTHW7"
set "FASTLY_API_TOKEN=YOUR_FASTLY_TOKEN"
if "%FASTLY_TOKEN%"=="" exit /b 1
endlocal
