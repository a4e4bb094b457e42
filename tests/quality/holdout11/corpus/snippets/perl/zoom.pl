# zoom credentials (fake values)
my $zoom_client_secret = 'HsftFU3FS405jjeRy2DD4r13ty1SiyZV';
$ua->default_header('Authorization' => 'Bearer LZfwSK6hpb3xmLLbUlD9Sb4fSI5pp2Wz');
my $zoom_account_id = '1OkGfaSot98K6QzqxDXuUn';
my $zoom_client_secret_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $key = $ENV{ZOOM_CLIENT_SECRET};
my $zoom_client_secret_from_env = '${ZOOM_CLIENT_SECRET}';
