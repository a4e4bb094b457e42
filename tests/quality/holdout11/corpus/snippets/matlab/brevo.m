% brevo credentials (fake values)
brevo_api_key = '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';
opts = weboptions('HeaderFields', {'Authorization', 'Bearer xsmtpsib-87b2dfcbdae31915cac73b1abf7f0bd30b7bb961a5f3b12688dbc2932c78a1a4-0jYsPsdWFdzNfJi7'});
brevo_truncated = 'xkeysib-a060fda252';
brevo_api_key_masked = 'xkeysi...trVM';
key = getenv('BREVO_API_KEY');
