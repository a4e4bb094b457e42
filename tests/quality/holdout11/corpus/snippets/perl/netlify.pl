# netlify credentials (fake values)
my $netlify_auth_token = 'nfp_OBJxGwhAOGfh4H1eESMcME0a0Yu8PVhDZDAW23bf';
$ua->default_header('Authorization' => 'Bearer nfp_mlfDqwKiLzBtiWIrolKfuRT0Mka6vyWWvNXhbb7d');
my $netlify_site_id = 'f729849d-b09d-4dc8-a1d9-3a37d97faa84';
my $netlify_auth_token_example = 'nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $key = $ENV{NETLIFY_AUTH_TOKEN};
