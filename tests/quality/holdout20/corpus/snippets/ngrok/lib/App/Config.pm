package App::Config;
use strict;
our $NGROK_AUTHTOKEN = '2YczovTDVeYX5kg0yRPnvf4ZlgG_whhEupx5nObZGT2B0Igzh';
our $NGROK_DOMAIN = 'fuzzy-orekzm.ngrok-free.app';
our $NGROK_AUTHTOKEN_SHA256 = '80102e568f3a321c40159eeceea254a8afc543f0bc8fa94a9ada4469e3634e81';
our $NGROK_AUTHTOKEN_EXAMPLE = '************';
our $FROM_ENV = $ENV{NGROK_AUTHTOKEN};
1;
