% gocardless credentials (fake values)
gocardless_access_token = 'live_4k3lmboOMABqfoKZ1j8iRudFyxTvtVu9B_cp22l4';
opts = weboptions('HeaderFields', {'Authorization', 'Bearer sandbox_0DnOehcLhPZ0i9_Re7uiDducSc8WoXpCET03im82'});
gocardless_creditor_id = 'CR3Q93UZ74DYM2';
gocardless_access_token_masked = 'live_4...22l4';
key = getenv('GOCARDLESS_ACCESS_TOKEN');
gocardless_access_token_from_env = '${GOCARDLESS_ACCESS_TOKEN}';
