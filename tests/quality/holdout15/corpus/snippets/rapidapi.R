library(httr)

resp <- GET(url, add_headers(Authorization = paste("Bearer", "7d536c63e1msh4883483f997612p1e1d2b7jsnc20a724fad7d")))
rapidapi_host <- "weatherapi-com.p.rapidapi.com"
rapidapi_key_masked <- "83959c************0c43"
rapidapi_key_example <- "YOUR_API_KEY_HERE"
from_env <- Sys.getenv("RAPIDAPI_KEY")
