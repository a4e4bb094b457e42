require "kemal"

module Config
  REDIS_URL = "redis://default:9V6YVpm6e1ub6g8GaRN9vY0TcduS237L@redis.internal:6379/0"
  SESSION_SECRET = ENV["SESSION_SECRET"]? || "8fb66bed27acd36fe3c40b32dfce686ea40776e4e62f87c93be59099596e892b"
  BUILD = "cb9f939d04e77a4873e7fd5f427fd2cd3624f11e"
end
