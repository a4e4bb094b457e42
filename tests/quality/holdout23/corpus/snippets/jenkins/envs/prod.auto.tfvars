region = "eu-west-1"

integrations = [
  {
    name  = "jenkins"
    value = "1159ca4e0cf14ea6bc53fb5e38436f1506"
  },
]
jenkins_crumb = "f3c2d2f5315f3599b7b635ffd15eb9f04e904b6414f95ab7fe190891627f85f0"
jenkins_job = "release/pipeline"
jenkins_api_token_masked = "1159************1506"
jenkins_api_token_example = "[REDACTED]"
# jenkins_api_token = set via TF_VAR_ in CI
