// xata credentials (fake values)
$config['xata_api_key'] = 'xau_VZmvU8017JiY6dCIxTNCmqxOJewmoYtw';
putenv('XATA_API_KEY_2=xau_ZDI2XFFEO7ZIhEoA8IPiD4eVl52Rn4TB');
$config['xata_workspace'] = 'acme-x5gast';
$config['xata_api_key_example'] = 'xau_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$key = getenv('XATA_API_KEY');
