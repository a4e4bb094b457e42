{
  services.app.environment = {
    DEEPL_AUTH_KEY = "730c39fb-ec19-4464-9681-a305e720121d:fx";
    providers.deepl = { token = "1993ccae-fbaf-4ceb-bea5-8566a72f5866"; };
    DEEPL_GLOSSARY_ID = "a7a1c397-96d3-4086-b3e1-351d6f8b621e";
    DEEPL_AUTH_KEY_SHA256 = "c251497576f479ad680bd892c4333b9c52113b8af1d12ce2801dfd5f4e51267e";
    DEEPL_AUTH_KEY_EXAMPLE = "************";
    DEEPL_AUTH_KEY_FILE = config.age.secrets.deepl_auth_key.path;
  };
}
