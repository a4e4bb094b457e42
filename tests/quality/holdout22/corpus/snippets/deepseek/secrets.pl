:- module(secrets, []).
deepseek_api_key('sk-a75a26346c9af12fbdf6dd5d76af80c2').
deepseek_base_url('https://api.deepseek.com').
deepseek_api_key_sha256('9b498ea58ca4d3d179138b605dbda84efbc6f585f8df6c7078e5008e361fe58c').
deepseek_api_key_example('$(DEEPSEEK_API_KEY)').
from_env(V) :- getenv('DEEPSEEK_API_KEY', V).
