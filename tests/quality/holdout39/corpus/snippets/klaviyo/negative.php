// klaviyo: not secrets
$klaviyoPublicKey = 'wO8lmH';
$klaviyoPrivateKeyOld = 'pk_0123456789abcdefghijklmnopqrstuvwx';
$klaviyoPrivateKeyStaging = '[REDACTED]';
