class app::config {
  $creds = { 'coda' => 'f773b3fa-3054-4d44-b005-2948032875d0' }
  $coda_doc_id = 'CojeaIl8V6'
  $coda_api_token_sequential = 'f773b3fa-3054-0123456789abcdefghijkl'
  $coda_api_token_example = 'changeme'
  $from_env = $facts['env_coda_api_token']
}
