package require http

set vt_api_key "6da67aa3d3b47d67ce1e5c2ccbc8d3223cc4adafec78cf29ee4fa3e25d369592"
set vt_api_key_sample "df99556c8b7558b4085d248e0c6b327395104ab0cf24e9a02b3f35e35da8536b"
set vt_api_key_sample "{{ VT_API_KEY }}"
set vt_api_key $::env(VT_API_KEY)
