% brevo credentials (fake values)
brevo_api_key = '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';
opts = weboptions('HeaderFields', {'Authorization', 'Bearer xsmtpsib-5cac73b1abf7f0bd30b7bb961a5f3b12688dbc2932c78a1a44991f1c24a060fd-vRO660elYfCRWiyW'});
brevo_truncated = 'xkeysib-ed3ea23b33';
brevo_api_key_masked = 'xkeysi...t1Hd';
key = getenv('BREVO_API_KEY');
