require 'hubspot-ruby'

Hubspot.configure(
  hapikey: '268e0c00-af27-471e-b431-7b8972723180',
  portal_id: 1099118
)
Hubspot::Contact.find_by_email('ops@fernhollow.io')
