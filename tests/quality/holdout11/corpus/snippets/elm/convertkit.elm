-- convertkit credentials (fake values)
kitApiSecret : String
kitApiSecret =
    "kit_14e88eb310f730525b42b3bbd71a9e9d"
Http.header "Authorization" "Bearer 7Bb48H9uIhqUUmLj61JY9Y9TkpfZkt4t2mDs4LNVXBb"
convertkitFormId : String
convertkitFormId =
    "0272222"
kitApiSecretExample : String
kitApiSecretExample =
    "kit_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
kitApiSecretFromEnv : String
kitApiSecretFromEnv =
    "${KIT_API_SECRET}"
