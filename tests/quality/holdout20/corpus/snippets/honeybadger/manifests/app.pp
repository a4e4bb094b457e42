class app::config {
  $creds = { 'honeybadger' => 'hbu_gc4k7tNAyykw29M9GKV0n8Eea4vtTF1B02dW' }
  $honeybadger_account_token = 'hba_QRPeyqBoOLThLHbYGL1P19nZl4vNZazhbewS'
  $honeybadger_project_id = '39724'
  $honeybadger_auth_token_sequential = 'hbu_0123456789abcdefghijklmnopqrstuvwxyz'
  $honeybadger_auth_token_example = '[REDACTED]'
  $from_env = $facts['env_honeybadger_auth_token']
}
