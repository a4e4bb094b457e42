use strict;
use warnings;

my $prefect_api_key = 'pnu_Tf2mJDohfg0doDWVS6k72R7GkCctuDi9lne4';
$ua->default_header('X-Token' => 'pnb_BEPrjg5RVSedqyHV0yH47JEhQFd6W97TK3Ka');
my $prefect_workspace_id = '985ce79d-d0b9-473d-a521-2e3a4e984799';
my $prefect_api_key_masked = 'pnu_Di************doo2';
my $prefect_api_key_example = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
my $from_env = $ENV{PREFECT_API_KEY};
