package Kernel::Config;
use strict;
sub Load {
    my $Self = shift;
    $Self->{DatabaseHost} = 'pg-ops.mgs.internal';
    $Self->{Database} = 'otrs';
    $Self->{DatabaseUser} = 'otrs';
    $Self->{DatabasePw} = 'Harvest718*';
    $Self->{'SendmailModule::AuthPassword'} = 'pAVsTPIP-ic*M*ByYLw1d@__';
    $Self->{SystemID} = 45;
    return 1;
}
1;
