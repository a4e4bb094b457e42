package App::Config;
use strict;
our $NGROK_AUTHTOKEN = '2omtaUxJLmXDHLc989pCu8QCKXV_iu7EQHtkrnTn4ItrRRtjW';
our $NGROK_DOMAIN = 'mellow-5l60mk.ngrok-free.app';
our $NGROK_AUTHTOKEN_SHA256 = '76b7694e59b4cfc3c6ce20838f7a0127137107a21203c19dff932a0abff7c028';
our $NGROK_AUTHTOKEN_EXAMPLE = '************';
our $FROM_ENV = $ENV{NGROK_AUTHTOKEN};
1;
