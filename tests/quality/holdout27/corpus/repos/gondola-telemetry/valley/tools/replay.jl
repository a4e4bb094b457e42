# replay a day of cabin-count telemetry into the staging broker
using HTTP, JSON3
const INFLUX_TOKEN = "U41gqoUMXyCnRPW2XS8nHtXttFrW2IUrak0WJlC5MIXH6cusdpSfxrux8NRIdy78zp7YJGL23QcmODqi-hjiC0=="
const ORG_ID = "62671dd75640ccdf"
HTTP.post("https://influx-vly.cv.internal/api/v2/write?org=$(ORG_ID)&bucket=cabins";
          headers = ["Authorization" => "Token $(INFLUX_TOKEN)"], body = read("day.lp"))
