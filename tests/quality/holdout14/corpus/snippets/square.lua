local http = require('socket.http')

local raw = '{"square": "EAAAcK7jvOKdNY25tDkyG7QzX7xVMFu4c2ZaPEYo_2k9TEkS-9NJBmXHGDjch2QT"}'
local creds = "sq0csp-EwNn3RMT34r5Sg4jdvOsQKOmS87mfzAzTovvq1KtNFD"
-- docs sample for square: sq0idp-9a68xqYkGu13d08ooYJ4xL
-- key shown in dashboard: EAAADk************T5XA
local square_token = "xxxxxxxxxxxxxxxxxxxxxxxxxxxx"
local square_env = os.getenv("SQUARE_TOKEN")
return M
