class app::config {
  $creds = { 'coda' => '32875d0c-e742-45d4-b8b3-12b4b9958764' }
  $coda_doc_id = '91j8BSSHuc'
  $coda_api_token_sequential = '32875d0c-e742-0123456789abcdefghijkl'
  $coda_api_token_example = 'changeme'
  $from_env = $facts['env_coda_api_token']
}
