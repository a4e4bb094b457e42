# replay a day of cabin-count telemetry into the staging broker
using HTTP, JSON3
const INFLUX_TOKEN = "9xaNYxzYDvXXAJAJGvLDdSeSiKm4KSe1ZxWrEtcq7Q58h7E5u-ObenE962XtLw30kB6k7_3YruNdblagq_LDHI=="
const ORG_ID = "afce8939a01045ad"
HTTP.post("https://influx-smt.cv.internal/api/v2/write?org=$(ORG_ID)&bucket=cabins";
          headers = ["Authorization" => "Token $(INFLUX_TOKEN)"], body = read("day.lp"))
