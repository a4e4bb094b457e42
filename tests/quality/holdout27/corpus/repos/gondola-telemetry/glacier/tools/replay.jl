# replay a day of cabin-count telemetry into the staging broker
using HTTP, JSON3
const INFLUX_TOKEN = "owHkbxmVGFl5jB1dMC_MUwtRj6Xn3Pn2j4DM65CvdVob2IhUQ-zh6-Yi1CZGW8gGSOSQ8IchuMZd14YUrzGISZ=="
const ORG_ID = "b7daf83cb3cc2f2a"
HTTP.post("https://influx-glc.cv.internal/api/v2/write?org=$(ORG_ID)&bucket=cabins";
          headers = ["Authorization" => "Token $(INFLUX_TOKEN)"], body = read("day.lp"))
