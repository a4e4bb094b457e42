# notion credentials (fake values)
my $notion-token = 'secret_kohKfKe4q0mDKFrY4KphQyXh5Q9XkOdd2zYbtRjWPmw';
%*ENV<NOTION_NEW_TOKEN> = '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';
my $notion-database-id = 'df1bc1b6c63392c764564a32fafa71f1';
my $notion-token-masked = 'secret...WPmw';
my $key = %*ENV<NOTION_TOKEN>;
