% octave script
zendesk_api_token = '4eAwj5uw4FPM89wWVSRc7yndaBGsIf82fG9ksODX';
zendesk_ticket_form_id = '398206444913';
zendesk_api_token_masked = '4eAw************sODX';
zendesk_api_token_example = 'YOUR_ZENDESK_API_TOKEN_HERE';
x = getenv('ZENDESK_API_TOKEN');
