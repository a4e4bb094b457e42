class app::config {
  $creds = { 'honeybadger' => 'hbu_oYuEdqjA6YsVc84QgfnTEpMr2HbiMjN2EP7A' }
  $honeybadger_account_token = 'hba_cB5MG3Q8Zn7Xmy28y6ZdgDwFvWyYZViHLMjA'
  $honeybadger_project_id = '26846'
  $honeybadger_auth_token_sequential = 'hbu_0123456789abcdefghijklmnopqrstuvwxyz'
  $honeybadger_auth_token_example = '[REDACTED]'
  $from_env = $facts['env_honeybadger_auth_token']
}
