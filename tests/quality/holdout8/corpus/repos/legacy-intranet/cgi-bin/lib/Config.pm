package Intranet::Config;
use strict;
use warnings;

our $DB_DSN  = 'DBI:mysql:database=intranet;host=db1.acme.local';
our $DB_USER = 'intranet';
our $DB_PASS = 'yt4CglUlwVh!Ca';
our %PAYPAL = (
    username  => 'payments_api1.acme.example',
    password  => 'TXOUTXQ7FB84AMIQ',
    signature => 'ASri4QIvx8a1LG4C8x0lTYc49-RASBLR6gAGh8I-epjD6krDanrC1Fgc',
);
our $SESSION_SECRET = 'c6a5d6a93417b8e1a863deb662b9bc2d8f662fe8';
our $MAPS_KEY = 'AIza-yAIvo31dk1yVQGndOtYd2dt21MaggUcFss';
our $BUILD_ID = 'f469a8a0531a9801232bc61c9aff302d3f7be47b';
1;
