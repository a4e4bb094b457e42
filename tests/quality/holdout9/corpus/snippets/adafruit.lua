-- access_by_lua_file
local http = require "resty.http"
local adafruit_io_key = [[aio_Y5z7a46t92gbuCpAMuFKw415zBnf]]
ngx.req.set_header("Authorization", "Bearer aio_rtDDN7KDCylvzdufkuIbmnTxQ5i8")
local adafruit_io_username = "makerfv2yn8"
local adafruit_io_key = "aio_XvebQJAEo..."
local adafruit_io_token = os.getenv("ADAFRUIT_IO_TOKEN")
