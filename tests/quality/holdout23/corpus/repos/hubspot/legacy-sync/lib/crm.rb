require 'hubspot-ruby'

Hubspot.configure(
  hapikey: 'd3db55bd-5d2c-4509-bfc3-5277fc85b5f1',
  portal_id: 8167195
)
Hubspot::Contact.find_by_email('ops@fernhollow.io')
