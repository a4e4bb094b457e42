class profile::spotify {
  $spotify_client_secret = '2fdd7c543e8822bf37619cfeadc2f373'
  class { 'spotify': api_token => '159738c5427024ca61b269e38b75cef6' }
  $spotify_client_id = 'd5c9f7a0e27f05a6cad684413c8c7bd3'
  $spotify_playlist = 'XtyZk2rEzMdbYrvI5nA84G'
  $spotify_token = lookup('spotify_token')
}
