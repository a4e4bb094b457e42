local http = require("socket.http")
local Leaderboard = {
  endpoint = "https://leaderboard.tallow.example/api",
  secret = "9992fbe11fca6fcf39bfde023702e1dc3bb0d7789268b58aacccad2471e00c39",
  build = "31d6544e6229528e5ef966a400068d4c431bc284",
}
return Leaderboard
