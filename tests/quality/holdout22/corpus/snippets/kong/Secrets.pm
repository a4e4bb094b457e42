package Larch::Secrets;
use strict;
our $KONNECT_TOKEN = 'kpat_cmbBTFNuwp5COdRkYiW25te05wk823C4EPRHFGqvUnoky7b';
our $KONNECT_CONTROL_PLANE_ID = '1a874160-c901-46c3-9808-ebe6301ad847';
our $KONNECT_TOKEN_SHA256 = '27ee7e027270bff8fde6648646b3ba862bab6313a0b82ccd42fe672fd6075ccf';
our $KONNECT_TOKEN_EXAMPLE = '************';
my $from_env = $ENV{KONNECT_TOKEN};
1;
