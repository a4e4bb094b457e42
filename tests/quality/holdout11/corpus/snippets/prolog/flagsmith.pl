% flagsmith credentials (fake values)
flagsmith_server_key('ser.PID9VSVZt9esUfVRMdhlVt').
http_open(URL, In, [request_header('Authorization'='Bearer ser.lcZRNlOWexUUKhOcyAh2RO')]).
flagsmith_client_env_key('SoqfX131ySZnyWEa1l7u91').
flagsmith_server_key_example('ser.xxxxxxxxxxxxxxxxxxxxxx').
getenv('FLAGSMITH_SERVER_KEY', Key).
