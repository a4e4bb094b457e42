// runpod credentials (fake values)
$config['runpod_api_key'] = 'rpa_KHMF41OCGH8DGJZWD5YYT7F3N93ASYH6I8F4cl5f';
putenv('RUNPOD_API_KEY_2=rpa_DJKZW9KWMWXTG2D9YWW7A8L9EHPTOF2J9PURugdv');
$config['runpod_pod_id'] = 'srzhzwuxjwg7bj';
$config['runpod_api_key_example'] = 'rpa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
$key = getenv('RUNPOD_API_KEY');
