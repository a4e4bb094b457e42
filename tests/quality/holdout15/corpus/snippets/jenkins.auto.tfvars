region = "eu-west-1"
integrations = {
  jenkins = "11df41b46f40a563369c614cb25e612463"
}
jenkins_build_sha = "204f6dab749cf59b36b7437bcd7129ecc464462f"
jenkins_api_token_masked = "115705************7071"
jenkins_api_token_example = "dummy-jenkins_api_token-for-tests"
# jenkins_api_token is set as TF_VAR_jenkins_api_token in CI
