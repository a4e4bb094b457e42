
provider "shodan" {
  shodan_api_key = "LKr7g5behan9VCnGYurQMb8OrlF3QZUg"
}
locals { shodan_query = "org:acme port:443" }
locals { shodan_api_key = "YOUR_API_KEY" }
# shodan_api_key = var.shodan_api_key
