# replay a day of cabin-count telemetry into the staging broker
using HTTP, JSON3
const INFLUX_TOKEN = "zB1dMC_MUwtRj6Xn3Pn2j4DM65CvdVob2IhUQ-zh6-Yi1CZGW8gGSOSQ8IchuMZd14YUrzGISZCUC0O8HmZUoe=="
const ORG_ID = "f2aa0897ea8e0d14"
HTTP.post("https://influx-glc.cv.internal/api/v2/write?org=$(ORG_ID)&bucket=cabins";
          headers = ["Authorization" => "Token $(INFLUX_TOKEN)"], body = read("day.lp"))
