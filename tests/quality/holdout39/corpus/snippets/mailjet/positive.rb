# mailjet
Mailjet.api_key = '94e888ff44a7189f6437df293fa16903'
