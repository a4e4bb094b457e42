use strict;

my %conf = ( akamai_client_secret => "kRuWwbPnDBHsFEugSkhuqDsIbnRLKbFVh7H/gpDaZdc=" );
my $edgegrid_client_secret = 'd5522AktXXn/UdmfFhxw4kVe68hX8aDwHWNm23P/QyE=';
my $akamai_client_token = 'akab-j83wrll0azuqmj17-3hsycmmzp56bh9tg';
my $akamai_host = 'akab-vvwkacm5cr47ncov-uox3bchmgthpehwv.luna.akamaiapis.net';
my $akamai_api_key = $ENV{AKAMAI_API_KEY};
