use strict;

my %conf = ( rancher_token => "token-s9v32:ue7dbinqp1e10uq2c27owmgjsxw5f0fahnx3acjerjxz3a9ha5mn2v" );
my $cattle_token = 'token-wztmv:tn5a0lzf93e78mpctylttcoovhcrmn7pgbs7yc1ekel64qra33psnd';
my $rancher_url = 'https://rancher.acme.example/v3';
my $rancher_access_key = 'token-6o0bd';
my $rancher_api_key = $ENV{RANCHER_API_KEY};
