open Cohttp

let headers = Header.of_list [ ("x-api-key", "apify_api_z8uZdZv8FuKKIBJl5dzpJn0meq7WJjjIBAzu") ]
let apify_token = "apify_api_<your-token>"
let apify_user_id = "pGhv7Ib3M03NBQNSg"
let apify_token = Sys.getenv "APIFY_TOKEN"
