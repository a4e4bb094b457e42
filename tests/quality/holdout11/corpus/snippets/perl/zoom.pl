# zoom credentials (fake values)
my $zoom_client_secret = 'QZ3faCTYzPDyuRCGMRbyuJMjsJGwCjHs';
$ua->default_header('Authorization' => 'Bearer ftFU3FS405jjeRy2DD4r13ty1SiyZVLZ');
my $zoom_account_id = 'kSpFdUydx6ckFEY1OkGfaS';
my $zoom_client_secret_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $key = $ENV{ZOOM_CLIENT_SECRET};
my $zoom_client_secret_from_env = '${ZOOM_CLIENT_SECRET}';
