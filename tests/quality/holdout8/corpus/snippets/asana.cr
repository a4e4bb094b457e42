require "http/client"

ENV["ASANA_ACCESS_TOKEN"] ||= "1/8593373608541887:13eb8a336fde340b4cead3cfd4257e68"
headers = HTTP::Headers{"X-Api-Key" => "2/9238055128586423/7091231227486174:2cefdaf79130bd08b152f1013a47bbb2"}
asana_workspace_gid = "4383416030165284"
asana_pat = "0/your-personal-access-token"
asana_token = ENV["ASANA_TOKEN"]
