// mailgun credentials (fake values)
$config['mailgun_api_key'] = 'key-e9b49110476f66b552e5fb6b711c2866';
putenv('MAILGUN_API_KEY=d97798c983041b95d91a4fe2ff30f0df-876ba67e-43f57b89');
$config['mailgun_domain'] = 'mg.g46ofg3u.com';
$config['mailgun_api_key_example'] = 'key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$key = getenv('MAILGUN_API_KEY');
$config['mailgun_api_key_from_env'] = '${MAILGUN_API_KEY}';
