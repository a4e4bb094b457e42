require "kemal"

module Config
  REDIS_URL = "redis://default:lPPaxYUoeyjVV5Bwo3zbaxUx6cQW74mQ@redis.internal:6379/0"
  SESSION_SECRET = ENV["SESSION_SECRET"]? || "b1156cde6be6ecc55987eb03b972a1fdb1a0fdb7697cd2d3639f5963a608c7a9"
  BUILD = "ade9d50baf1110333d7522c467671270004228c2"
end
