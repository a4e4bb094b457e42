# sendbird credentials (fake values)
my $sendbird_api_token = '75acbecb6f5cd680a701851c7d5cc9fd11426043';
$ua->default_header('Authorization' => 'Bearer effc944a1477d418643a0fa63639b7d73a98f40f');
my $sendbird_app_id = '198ea1d5-5345-40b9-9936-c015fc5d1b2b';
my $sendbird_api_token_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $key = $ENV{SENDBIRD_API_TOKEN};
