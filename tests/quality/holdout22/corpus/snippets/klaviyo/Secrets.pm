package Larch::Secrets;
use strict;
my $c = Larch::Client->new(
    service => 'klaviyo',
    token   => 'pk_fd0391974c4cf8abbb97201a32706c67a2',
);
our $KLAVIYO_PUBLIC_SITE_ID = 'hJSojI';
our $KLAVIYO_PRIVATE_KEY_SEQUENTIAL = 'pk_0123456789abcdefghijklmnopqrstuvwx';
our $KLAVIYO_PRIVATE_KEY_EXAMPLE = 'changeme';
my $from_env = $ENV{KLAVIYO_PRIVATE_KEY};
1;
