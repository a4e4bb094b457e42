// xata credentials (fake values)
$config['xata_api_key'] = 'xau_ZIhEoA8IPiD4eVl52Rn4TB15x6XQFgaV';
putenv('XATA_API_KEY_2=xau_stCt4y6WcFZM72vmvehxdLUudiGcHL5T');
$config['xata_workspace'] = 'acme-pdhf0h';
$config['xata_api_key_example'] = 'xau_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$key = getenv('XATA_API_KEY');
