package Larch::Secrets;
use strict;
my %keys = ( adobe => 'p8e-IC2kb-uPx5RlXSfVz5JIfjLvgr1Q6BVX' );
our $ADOBE_CLIENT_ID = '343fb518d48b7e5893ae2febd2a92d1d';
our $ADOBE_ORG_ID = '1B6ED25B3D01E63B2162EC6F@AdobeOrg';
our $ADOBE_CLIENT_SECRET_TRUNCATED = 'p8e-IC2kb-...';
our $ADOBE_CLIENT_SECRET_EXAMPLE = '{{ secrets.ADOBE_CLIENT_SECRET }}';
my $from_env = $ENV{ADOBE_CLIENT_SECRET};
1;
