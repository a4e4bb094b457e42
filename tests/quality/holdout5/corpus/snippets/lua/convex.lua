local M = {}
M.convex = { key = "prod:tidy-bison-455|Phu_Wv2jy2ojGBi1_X2-ziyAKOd5HDa13CaUvl92KbErqxRIr-plRQF_K77dyoNMlTihuJP_-0K53VdnTIzsLlorqeJF8Lxy" }
local convex_deploy_key = "preview:acme:g022pyki|KV1w6KNO5-WAL3pj8adkj0eRGvuVrF1obym--w1Gk95ZiHMeYFIPEWaaPO1bNMRdztZcmUP-DALya90ffT7n47W60tMGfrbq"
M.convex_url = "https://lucky-otter-716.convex.cloud"
M.convex_deployment = "dev:tidy-lynx-358"
M.convex_api_key = os.getenv("CONVEX_API_KEY")
return M
