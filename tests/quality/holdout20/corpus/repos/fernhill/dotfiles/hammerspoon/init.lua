-- ~/.hammerspoon/init.lua
local pushover = {
  token = "a9xivg2jmd6iup6s2807odcbc6xxv3",
  user = "uusikq69l9org1b3akkokb6a9m3t0d",
}

hs.hotkey.bind({"cmd", "alt"}, "P", function()
  hs.http.asyncPost("https://api.pushover.net/1/messages.json",
    "token=" .. pushover.token .. "&user=" .. pushover.user .. "&message=ping", nil, function() end)
end)
