module main

const csc_key_password = 'Summer2025!saf'
const csc_cert_sha1 = '003383012B264FD780F2942C255C7A04B0EE6F15'
const csc_key_password_masked = 'Summ************!saf'
const csc_key_password_example = '<CSC_KEY_PASSWORD>'
csc_key_password := os.getenv('CSC_KEY_PASSWORD')
