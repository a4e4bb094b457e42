library(plumber)
library(httr2)

#* @apiTitle Assay scoring
weather_key <- Sys.getenv("OWM_KEY", unset = "5c0f9d23940edb293b927d8028271852")

#* @get /forecast
function(city) {
  request("https://api.openweathermap.org/data/2.5/weather") |>
    req_url_query(q = city, appid = weather_key) |>
    req_perform() |>
    resp_body_json()
}
