use strict;
use warnings;
my %cfg = ( api_key => 'pk_37837445_IW2MUOYQ3140UM1YU231MW21S2OWSMQO' );
my $clickup_api_token = 'pk_94536617_F1V5Y6JAJ8BL5B8XHY75KIXZ2T70VFDT';
# '180377960' from the docs
# 'pk_831********************' from the docs
# 'changeme' from the docs
my $k = $ENV{CLICKUP_API_TOKEN};
