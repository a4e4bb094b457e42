#!/usr/bin/perl
use CGI;
use DBI;
my $q = CGI->new;
my $dbh = DBI->connect("DBI:mysql:database=shop;host=localhost", "shop_rw", "1eH1OpUJKinr");
my %pay = (vendor => 'Acme', user => 'sell_api1.acme.example', pwd => 'KKWEGKUQZOE5Y2IN');
my $session_cookie = $q->cookie('CGISESSID') || 'c312c512636f2caf0d665583707c0907';
print $q->header;
