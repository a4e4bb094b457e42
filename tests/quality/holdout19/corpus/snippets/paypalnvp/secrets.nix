{
  services.app.environment = {
    PAYPAL_API_SIGNATURE = "AEu11so60w2oL9TARpRFICMqVoPtlNtXFlCGouF17cuQVacLqOEu8ELW";
    PAYPAL_API_USERNAME = "sb-u7icfonc_api1.business.example.com";
    PAYPAL_API_SIGNATURE_MASKED = "AEu1************8ELW";
    PAYPAL_API_SIGNATURE_EXAMPLE = "YOUR_PAYPAL_API_SIGNATURE_HERE";
    FROM_ENV = builtins.getEnv "PAYPAL_API_SIGNATURE";
  };
}
