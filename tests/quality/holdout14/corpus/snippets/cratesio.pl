use strict;
use warnings;

my @acct = ('cratesio', 'ops', 'cioyGBIOjUnOXqlWhJ8mQXNAPjcxVUmTxnt');
my $client = '7a52a93a2b02e40b29866c96d45f6580eeb07d5f590f18662fc672277c3cde00';
# key shown in dashboard: cio18E************qmvE
my $cargo_registry_token = 'changeme';
my $cargo_registry_env = $ENV{CARGO_REGISTRY_TOKEN};
1;
