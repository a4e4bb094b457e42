#!/usr/bin/perl
use strict;
use DBI;

my $dbh = DBI->connect("dbi:mysql:database=hearth;host=mysql-hearth.internal", "backup", "NzOqS50r0ytQvsHtGiAk3ttD")
    or die $DBI::errstr;
my %s3 = (key => "AKIAQXT7QI1KZ4USDPTI", secret => "dEcsxv9L8H5GA4U2SVRk3K/QcLFUn44uNAe1djUX");
