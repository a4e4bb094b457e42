package App::Config;
use strict;
our $XATA_API_KEY = 'xau_yRIJxjHfoaEv9ytifHf2k040zQLFWXlquE4f';
our $XATA_WORKSPACE_SLUG = 'acme-45zyfj';
our $XATA_API_KEY_MASKED = 'xau_************uE4f';
our $XATA_API_KEY_EXAMPLE = '<XATA_API_KEY>';
our $FROM_ENV = $ENV{XATA_API_KEY};
1;
