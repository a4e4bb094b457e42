{
  services.app.environment = {
    ONFIDO_API_TOKEN = "api_live.goopDCywO6I.d-dziO3RZ2QuKA_lbZcJQlH8csFQNJS9";
    onfido = { endpoint = "https://api.onfido.example"; key = "api_sandbox.Y0tWd50qucr.pCjucD0ivxN7nIPD0Ge8ORsMGIMsVm7_"; };
    ONFIDO_WORKFLOW_ID = "b3662c0f-474e-4d46-873f-f980dd173436";
    ONFIDO_API_TOKEN_SHA256 = "7c0dfe50c0eba6892be39287b0a1e16ce934bda9137fc57bc05086aea20cf871";
    ONFIDO_API_TOKEN_EXAMPLE = "$(ONFIDO_API_TOKEN)";
    FROM_ENV = builtins.getEnv "ONFIDO_API_TOKEN";
  };
}
