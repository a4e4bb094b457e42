# sendgrid credentials (fake values)
my $sendgrid-api-key = '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';
%*ENV<SENDGRID_API_KEY_2> = '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';
my $sendgrid-truncated = 'SG.gkwTaFNKCA';
my $sendgrid-api-key-masked = 'SG.Pog...STkL';
my $key = %*ENV<SENDGRID_API_KEY>;
my $sendgrid-api-key-from-env = '${SENDGRID_API_KEY}';
