use strict;
use warnings;

my $fly_api_token = 'FlyV1 fm2_FLK6TAp8IF53O9JEP6zsGgwfQw31uFSexzxiXDxyl1LRlkDyQ00XAkdqjl720VVTfdz7cFQQeJqvVy9Cl8oqDorCSTCfakzE9pfHP6W+ymCnh0EnErrWP78I3ykmFo/2qexBlakv7M2SkTXXbWnI98ojPnvlNtgtCGGOqumS9No3ft6SeZC1MbNntGlv2OS0JQHWkOJym8gLm9NsqLPpbwn7FbYQ2K0FUmHYqG2Pqg7J0wwi62n+hRysObhFWH5NW3UJ,fm2_qIGB3+M1TQrdRs6LUEpfNXqv/JUcozEIFndq2BE7bKqB1oNPHCGhzM/FNgPaclzcap25aobWHcUBbDATrs6acErj6up5PRC3TvXEwQjY0re7bnTeTVGz+Zex';
$ua->default_header('X-Token' => 'fo1_K34jZubaFWUMeN5Yp7WXQiApH-NDU2hIJH5z93gOXmR');
my $flyio_machine_id = '10621543c26db1';
my $fly_api_token_masked = 'FlyV1 ************Mfbd';
my $fly_api_token_example = 'REPLACE_WITH_fly_api_token';
my $from_env = $ENV{FLY_API_TOKEN};
