class profile::braze {
  $braze_rest_api_key = 'fdedca51-774c-42aa-8c4f-df35bbe0ba48'
  class { 'braze': api_token => 'aea4203b-4177-45c3-a967-ed503b37be13' }
  $braze_rest_endpoint = 'https://rest.iad-04.braze.com'
  $braze_app_id = '00000000-0000-0000-0000-000000000000'
  $braze_token = lookup('braze_token')
}
