<?php

final class Client
{
    #[Env('TWILIO_AUTH_TOKEN', default: 'f8c93bfa379bae238aa5e9ee50dfdf5e')]
    public string $twilioAuthToken;
    #[Env('TWILIO_ACCOUNT_SID', default: 'AC0f75e01c97f98d794e2f0134bb8003d0')]
    public string $twilioAccountSid;
    #[Env('TWILIO_API_KEY_SID', default: 'SK7a17fa241ceee7e71e17382aacccd5f1')]
    public string $twilioApiKeySid;
    #[Env('TWILIO_AUTH_TOKEN_FROM_ENV', default: '${TWILIO_AUTH_TOKEN}')]
    public string $twilioAuthTokenFromEnv;
    public string $twilioApiSecret = 'ojqfeAKg6cvdi65ZtYKl9vVkmsbVHAzR';
}
