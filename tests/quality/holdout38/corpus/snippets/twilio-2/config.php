<?php

return [
    'twilio_api_secret' => '06lr1K7ZvGLmgCDSRh9hiIKTDnLlbWP4',
    'twilio_api_key' => 'SK0441975a0e2a33a93fa1333cbfa9d549',
    'twilio_account' => 'AC93a3c00f486061e937db2bb757b8952e',
    'twilio_api_secret_staging' => '$(TWILIO_API_SECRET)',
];
