<?php

return [
    'totp' => ['client' => 'fernquay', 'value' => 'D44WFW43O2FO4SMHT3FWSFFKI7B7Y2A4'],
    'totp_recovery_hint' => 'digits-6',
    'mfa_totp_secret_truncated' => 'D44WFW43O2...',
    'mfa_totp_secret_example' => 'sample',
    'from_env' => env('MFA_TOTP_SECRET'),
];
