#!/usr/bin/perl -wT
use strict;
use CGI qw(:standard);
use Net::SMTP;

my $smtp = Net::SMTP->new('smtp.sparkpostmail.com', Port => 587);
$smtp->auth('SMTP_Injection', 'ac3e37d0c51056671449fab259aff537e083633c');
my $mailgun_key = "key-9ff15168b6c011deda11965a1358e990";
my $salt = '$1$ZdYlJSdu';   # crypt() salt for the legacy users table
print header('text/plain'), "sent\n";
