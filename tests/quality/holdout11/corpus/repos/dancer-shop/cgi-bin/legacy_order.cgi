#!/usr/bin/perl
use CGI;
use DBI;
my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=shop;host=localhost", "shop_rw", "F1eH1OpUJKin");
my %pay = (vendor => 'Acme', user => 'sell_api1.acme.example', pwd => 'RKKWEGKUQZOE5Y2I');
my $session_cookie = $q->cookie('CGISESSID') || '6c312c512636f2caf0d665583707c090';
print $q->header;
