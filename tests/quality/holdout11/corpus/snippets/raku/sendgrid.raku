# sendgrid credentials (fake values)
my $sendgrid-api-key = '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';
%*ENV<SENDGRID_API_KEY_2> = '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';
my $sendgrid-truncated = 'SG.5gkwTaFNKC';
my $sendgrid-api-key-masked = 'SG.EPo...kSTk';
my $key = %*ENV<SENDGRID_API_KEY>;
my $sendgrid-api-key-from-env = '${SENDGRID_API_KEY}';
