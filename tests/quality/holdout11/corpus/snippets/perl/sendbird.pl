# sendbird credentials (fake values)
my $sendbird_api_token = 'a75acbecb6f5cd680a701851c7d5cc9fd1142604';
$ua->default_header('Authorization' => 'Bearer 3effc944a1477d418643a0fa63639b7d73a98f40');
my $sendbird_app_id = 'f198ea1d-5534-4d0b-a293-6c015fc5d1b2';
my $sendbird_api_token_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $key = $ENV{SENDBIRD_API_TOKEN};
