% pagerduty credentials (fake values)
pagerduty_token = 'u+W-6SP2YpQ_IDl3TrYz';
opts = weboptions('HeaderFields', {'Authorization', 'Bearer R0a169a1330d1c77e60d365c9f312ca5'});
pagerduty_service_id = 'P7X3944';
pagerduty_token_masked = 'u+W-6S...TrYz';
key = getenv('PAGERDUTY_TOKEN');
