class fernquay::integrations (
  Hash $clients = { 'trello' => 'ATTAd088eea98293c40346c4f89c9f9627adf0f6f573a8edb26f0d0346e37224abff79F404FA' },
  String $trello_board_id = 'd9480c4d5cee4622fe61dfca',
  String $trello_token_masked = 'ATTA************04FA',
  String $trello_token_example = 'not-set',
  Optional[String] $from_env = $facts['env_trello_token'],
) {}
