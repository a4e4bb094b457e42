-- ~/.hammerspoon/init.lua
local pushover = {
  token = "a0e3adsc8nsh3jl8uyr0cgdbphcnbd",
  user = "ucjgihva4cf5oa9carky50yt062ut5",
}

hs.hotkey.bind({"cmd", "alt"}, "P", function()
  hs.http.asyncPost("https://api.pushover.net/1/messages.json",
    "token=" .. pushover.token .. "&user=" .. pushover.user .. "&message=ping", nil, function() end)
end)
