package Wren::Config;
use strict;

our $INFURA_API_KEY_SECRET = '204bc4a872d32546a281c7f0eb3be77b';
my $client = Api->new(key => '675e162cc67270c5dbf271203b84db56');
our $INFURA_NETWORK = 'linea-mainnet';
our $INFURA_API_KEY_SECRET_MASKED = '204b************e77b';
our $INFURA_API_KEY_SECRET_EXAMPLE = 'REPLACE_WITH_INFURA_API_KEY_SECRET';
my $from_env = $ENV{'INFURA_API_KEY_SECRET'};
1;
