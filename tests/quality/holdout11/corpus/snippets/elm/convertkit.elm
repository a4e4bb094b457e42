-- convertkit credentials (fake values)
kitApiSecret : String
kitApiSecret =
    "kit_0f730525b42b3bbd71a9e9de60ef8f58"
Http.header "Authorization" "Bearer hqUUmLj61JY9Y9TkpfZkt4t2mDs4LNVXBbav9squroi"
convertkitFormId : String
convertkitFormId =
    "9235729"
kitApiSecretExample : String
kitApiSecretExample =
    "kit_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
kitApiSecretFromEnv : String
kitApiSecretFromEnv =
    "${KIT_API_SECRET}"
