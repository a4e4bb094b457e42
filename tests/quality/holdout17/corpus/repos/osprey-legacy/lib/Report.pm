package Report;
use strict;
use DBI;

my $dbh = DBI->connect('dbi:Pg:dbname=reports;host=pg.internal', 'reporter', 'H@rb0r_quartz2017',
    { RaiseError => 1 });
my $ua_key = '3537c31a4640b1fda32081cf2cff681c';
1;
