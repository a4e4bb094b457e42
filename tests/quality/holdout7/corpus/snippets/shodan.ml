open Cohttp

let shodan_api_key = "h1IFC4lOFIXwwr7aymBjX8ugHiadLaLs"
let shodan_api_key = "YOUR_API_KEY"
let shodan_favicon_hash = "-171875519"
let shodan_token = Sys.getenv "SHODAN_TOKEN"
