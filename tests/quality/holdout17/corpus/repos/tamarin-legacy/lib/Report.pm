package Report;
use strict;
use DBI;

my $dbh = DBI->connect('dbi:Pg:dbname=reports;host=pg.internal', 'reporter', 'OrchidCobalt88!',
    { RaiseError => 1 });
my $ua_key = '41b68868a7c23858a905c0ebe464fd24';
1;
