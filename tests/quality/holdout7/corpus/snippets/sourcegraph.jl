using HTTP

ENV["SRC_ACCESS_TOKEN"] = "sgp_9d6be1298e419d48_dbeb03208d3276a2127a74ae5427f2013e484ba1"
const SOURCEGRAPH_TOKEN = "sgp_c899da3539bb23f8cae4e99853074b0a99f27608"
src_endpoint = "https://sourcegraph.com"
src_rev = "f43a24331f793c2f13b7413d49f7cf6c51a6f886"
src_token = get(ENV, "SRC_TOKEN", "")
