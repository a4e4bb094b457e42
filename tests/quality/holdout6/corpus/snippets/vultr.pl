use strict;
use warnings;

my %cfg = ( vultr_api_key => "2AUJC2HOUUYQCUUDIGD4642A3JL7NHG0R3MK" );
my $vultr_instance_id = '9922b3d5-8585-4c46-b7b6-eafce6ac5f4a';
my $vultr_region = 'ams';
my $vultr_token = $ENV{VULTR_TOKEN};
