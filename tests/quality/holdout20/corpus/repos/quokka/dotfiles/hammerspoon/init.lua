-- ~/.hammerspoon/init.lua
local pushover = {
  token = "agp49j63h6725v6hfpuytdx9ge6kvf",
  user = "ugxmf4kjeidrk8wr02pqjj6thi75uk",
}

hs.hotkey.bind({"cmd", "alt"}, "P", function()
  hs.http.asyncPost("https://api.pushover.net/1/messages.json",
    "token=" .. pushover.token .. "&user=" .. pushover.user .. "&message=ping", nil, function() end)
end)
