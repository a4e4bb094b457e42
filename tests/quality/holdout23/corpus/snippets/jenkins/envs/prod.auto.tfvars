region = "eu-west-1"

integrations = [
  {
    name  = "jenkins"
    value = "1115f3599b7b635ffd15eb9f04e904b641"
  },
]
jenkins_crumb = "4f95ab7fe190891627f85f0e79d436e141eeb80fee99d2a090db3969ca6e5103"
jenkins_job = "release/pipeline"
jenkins_api_token_masked = "1115************b641"
jenkins_api_token_example = "[REDACTED]"
# jenkins_api_token = set via TF_VAR_ in CI
