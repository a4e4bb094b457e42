% flagsmith credentials (fake values)
flagsmith_server_key('ser.9esUfVRMdhlVtlcZRNlOWe').
http_open(URL, In, [request_header('Authorization'='Bearer ser.xUUKhOcyAh2ROSoqfX131y')]).
flagsmith_client_env_key('SZnyWEa1l7u91cVkyUoWCr').
flagsmith_server_key_example('ser.xxxxxxxxxxxxxxxxxxxxxx').
getenv('FLAGSMITH_SERVER_KEY', Key).
