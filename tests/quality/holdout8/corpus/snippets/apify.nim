import std/[httpclient, os]

let headers = newHttpHeaders({"Authorization": "Bearer apify_api_mhZXP37XFjT0upP6fBw5G04JRF6D3NxNiNkE"})
const apifyApiToken = "apify_api_goHYvN8kJp8oBURM6mvSiKXreCuKjQpUMz1b"
let apifyUserId = "6uzwXthhyR27Q2CAM"
let apifyToken = "apify_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
let apifyToken = getEnv("APIFY_TOKEN")
