package require http

set keys(convertkit) "DN1GM0XwhpaBrOk4p9BqhTIrqT3poo7IOFRY0H1sYKi"
set CONVERTKIT_API_KEY "_w8o3dY3_BiSuRf7GusDm9"
set CONVERTKIT_FORM_ID "0784230"
set CONVERTKIT_API_SECRET_MASKED "DN1G************sYKi"
set CONVERTKIT_API_SECRET_EXAMPLE "[REDACTED]"
set convertkit_api_secret_env $::env(CONVERTKIT_API_SECRET)
