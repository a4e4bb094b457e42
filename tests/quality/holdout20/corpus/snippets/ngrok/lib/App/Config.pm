package App::Config;
use strict;
our $NGROK_AUTHTOKEN = '269kU3g2NlvidgwUOEQ393MczhZ_LpDbUP7tT6ioKxjcATCSC';
our $NGROK_DOMAIN = 'fuzzy-sczov3.ngrok-free.app';
our $NGROK_AUTHTOKEN_SHA256 = '0e0b18071cd2341d998112a0d2d6f6ee6a3f836a9218c8195ed9ea0f9aa784a7';
our $NGROK_AUTHTOKEN_EXAMPLE = '************';
our $FROM_ENV = $ENV{NGROK_AUTHTOKEN};
1;
