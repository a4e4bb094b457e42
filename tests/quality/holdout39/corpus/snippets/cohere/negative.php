// cohere: not secrets
$cohereApiKeyOld = 'i1oU************051H';
$cohereApiKeyStaging = 'changeme';
