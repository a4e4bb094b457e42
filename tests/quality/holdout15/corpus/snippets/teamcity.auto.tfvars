region = "eu-west-1"
integrations = {
  teamcity = "eyJ0eXAiOiAiVENWMiJ9.WrzT-ZZwZ4YLmeY5Di_GkoROYKi7UvZLfpR7.iom5JTs-QtTbj0gEG7frtOMK_YkNBcc3xExBoaU13vVAkhF6"
}
teamcity_build_id = "407758"
teamcity_token_masked = "eyJ0eX************NwF9"
teamcity_token_example = "dummy-teamcity_token-for-tests"
# teamcity_token is set as TF_VAR_teamcity_token in CI
