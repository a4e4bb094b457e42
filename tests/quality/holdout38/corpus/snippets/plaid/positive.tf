provider "plaid" {
  api_token = "e683436f1bdcb70f2106e4c488ee2d"
}
