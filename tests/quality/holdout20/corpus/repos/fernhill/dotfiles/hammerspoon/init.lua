-- ~/.hammerspoon/init.lua
local pushover = {
  token = "aht5upi9l0d9bom0zbptgpt5mq23nx",
  user = "ubcmy45rd7t0km9tsc8vlqlj49i13j",
}

hs.hotkey.bind({"cmd", "alt"}, "P", function()
  hs.http.asyncPost("https://api.pushover.net/1/messages.json",
    "token=" .. pushover.token .. "&user=" .. pushover.user .. "&message=ping", nil, function() end)
end)
