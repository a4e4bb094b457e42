class app::config {
  $creds = { 'honeybadger' => 'hbu_m1U1L3cfGKJOhyalNYNuozydICQy3dzOYR0h' }
  $honeybadger_account_token = 'hba_Fo7vmlwwSwjaRI9GNCONjBNLwm8YDzJXgTFS'
  $honeybadger_project_id = '34478'
  $honeybadger_auth_token_sequential = 'hbu_0123456789abcdefghijklmnopqrstuvwxyz'
  $honeybadger_auth_token_example = '[REDACTED]'
  $from_env = $facts['env_honeybadger_auth_token']
}
