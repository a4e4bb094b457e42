% gocardless credentials (fake values)
gocardless_access_token = 'live_3lmboOMABqfoKZ1j8iRudFyxTvtVu9B_cp22l40D';
opts = weboptions('HeaderFields', {'Authorization', 'Bearer sandbox_nOehcLhPZ0i9_Re7uiDducSc8WoXpCET03im826H'});
gocardless_creditor_id = 'CR93UZ74DYM2IA';
gocardless_access_token_masked = 'live_3...l40D';
key = getenv('GOCARDLESS_ACCESS_TOKEN');
gocardless_access_token_from_env = '${GOCARDLESS_ACCESS_TOKEN}';
