import std/[httpclient, json, os]

let client = newHttpClient()
client.headers = newHttpHeaders({
  "Authorization": "Bearer " & getEnv("TOGETHER_API_KEY", "tgp_v1_llTcdKKe8Q7D9aBNDbKzTSdL3y__iz2iA9vc0qlbGK7"),
  "Content-Type": "application/json"})
