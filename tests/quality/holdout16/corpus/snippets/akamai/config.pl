use strict;
use warnings;

my %creds = ( akamai => 'd4ygeuh1Sw1AC0kWhbSCt8xgIcvGpnCs1U9DPb0+sZQ=' );
our $AKAMAI_HOST = 'akab-x8qjv3se95t5zf70-55cq3vnpd4h6o7gk.luna.akamaiapis.net';
our $AKAMAI_CLIENT_SECRET_REQUEST = '044731b6-5bec-4cea-9c70-fa2491402b6b';
our $AKAMAI_CLIENT_SECRET_EXAMPLE = 'changeme';
my $from_env = $ENV{'AKAMAI_CLIENT_SECRET'};
1;
