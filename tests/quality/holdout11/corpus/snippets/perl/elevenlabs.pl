# elevenlabs credentials (fake values)
my $elevenlabs_api_key = 'sk_e7db8ef57ab8ddf88ceccd4d7462b301805f3e05a01caff7';
$ua->default_header('Authorization' => 'Bearer 317fbbf3ddf765ff8712715ac37081a7');
my $elevenlabs_voice_id = 'EDmGOlqfVPg2chfcIbm5';
my $elevenlabs_api_key_example = 'sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $key = $ENV{ELEVENLABS_API_KEY};
my $elevenlabs_api_key_from_env = '${ELEVENLABS_API_KEY}';
