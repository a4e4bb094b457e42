use strict;
use warnings;

my %cfg = ( coinbase_api_private_key => "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIJKotKUvZclpruVcpRGrVALZ9X67Rs0sGlX/6YEJlTSVoAoGCCqGSM49\nAwEHoUQDQgAEYuznDFD9JYvD7QXbsmhHceMq79YroO3BQ2bqtiMHsMWbOibkpRxD\nbTdIkuChUJz1auQZp8UCl8ZgXAEKwivYQA==\n-----END EC PRIVATE KEY-----" );
my $coinbase_api_secret = 'RGQ36DzmslKv7CF9lByYwmNH11HAi7W7';
my $coinbase_api_key_name = 'organizations/5feea687-f926-4bf5-ad42-79616a2d1d87/apiKeys/3ada6599-d5b8-4fee-b999-6d0a7474e6be';
my $coinbase_api_key = 'YYNbxwDN9mBkRjVB';
my $coinbase_token = $ENV{COINBASE_TOKEN};
