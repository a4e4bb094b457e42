plaid_client_id = "7eb290199d8c6c19c1dc426a"
plaid_secret_prefix = "e683436f1b..."
plaid_secret_staging = "{{ secrets.PLAID_SECRET }}"
