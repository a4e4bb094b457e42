local _M = {}

local upstreams = {
  openai = { base = "https://api.openai.com/v1", key = "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" },
  helicone = { base = "https://oai.helicone.ai/v1", key = "sk-helicone-n6s589x-wfdnx6y-3q6pole-8aont3f" },
}

local redis_password = "tundra7thistle2X"

function _M.key_for(name) return upstreams[name].key end
return _M
