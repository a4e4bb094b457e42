use strict;
use warnings;

my $raw = '{"trello":"ATTAfb4679dd013b9d5a7281293254c91e364009c13eb88c3d6f4ac5f8accf9951d38C5C64F4"}';
my $k = 'c0b02292012e797c70886a62ef8387b8';
# key shown in dashboard: ATTAce************BA73
my $trello_token = 'changeme';
my $trello_env = $ENV{TRELLO_TOKEN};
1;
