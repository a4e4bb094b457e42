# replay a day of cabin-count telemetry into the staging broker
using HTTP, JSON3
const INFLUX_TOKEN = "JoUMXyCnRPW2XS8nHtXttFrW2IUrak0WJlC5MIXH6cusdpSfxrux8NRIdy78zp7YJGL23QcmODqi-hjiC5Bjzc=="
const ORG_ID = "dd75640ccdf3a5b6"
HTTP.post("https://influx-vly.cv.internal/api/v2/write?org=$(ORG_ID)&bucket=cabins";
          headers = ["Authorization" => "Token $(INFLUX_TOKEN)"], body = read("day.lp"))
