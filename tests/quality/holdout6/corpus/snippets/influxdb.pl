use strict;
use warnings;

my $influx_token = '1hy8aI6DldhLi5fhijipR2mNYQvkCC3D59yoz-gGl-gFSn2rh2Gc1061F9RbM1lbYzoAUJFEK2yqAOK9HLfqiA==';
my $influx_org_id = '333bf59bfef9971e';
my $influx_bucket = 'telemetry';
my $influx_token = $ENV{INFLUX_TOKEN};
