package require http

set vt_api_key "3213440a459aa37420d163d49d7e38788562631b72a2987b15f6a8555c767e87"
set vt_api_key_sample "bef2dea3404d60731b18c62b9667b23cb1e390fadc75a3091e048e106fdd60e4"
set vt_api_key_sample "{{ VT_API_KEY }}"
set vt_api_key $::env(VT_API_KEY)
