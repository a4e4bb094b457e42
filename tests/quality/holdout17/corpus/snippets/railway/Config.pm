package Wren::Config;
use strict;

our $RAILWAY_TOKEN = '5c563093-f5c2-4868-b116-f81f8de7439c';
our $RAILWAY_PROJECT_ID = 'f83a9dea-bfa5-465f-a3c4-4986db0e0b6c';
our $RAILWAY_TOKEN_MASKED = '5c56************439c';
our $RAILWAY_TOKEN_EXAMPLE = 'REPLACE_WITH_RAILWAY_TOKEN';
my $from_env = $ENV{'RAILWAY_TOKEN'};
1;
