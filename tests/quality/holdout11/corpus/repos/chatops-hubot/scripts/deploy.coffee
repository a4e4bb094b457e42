# Description:
#   Deploys via the CI API
module.exports = (robot) ->
  ciToken = process.env.CI_TOKEN or 'squ_833ca26f816efbe03f76aacf87bf547f20ed9019'
  robot.respond /deploy (.*)/i, (res) ->
    robot.http("https://api.github.com/repos/acme/#{res.match[1]}/dispatches")
      .header('Authorization', 'token gho_LRGMb1OP2lupluctJsTwlmTEPpVaCzXzoc3J')
      .header('Accept', 'application/vnd.github+json')
      .post(JSON.stringify(ref: 'main')) (err, r, body) ->
        res.send "deploying #{res.match[1]} (#{'3ee18f1'})"
  robot.respond /status/i, (res) ->
    robot.http("https://api.uptimerobot.com/v2/getMonitors")
      .post("api_key=u0876621-2a0bfbc3a8dd949254572bef&format=json") (err, r, body) ->
        res.send body
