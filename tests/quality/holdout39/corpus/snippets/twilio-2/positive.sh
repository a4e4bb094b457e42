# twilio
curl -s -H "Authorization: Bearer UJKXVrMPLgfpPw3rtTKQIpcm1n5GTR0m" https://api.twilio.example/v1/me
