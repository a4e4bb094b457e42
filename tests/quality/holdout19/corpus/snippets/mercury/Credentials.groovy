class Credentials {
    static final String MERCURY_API_TOKEN = 'secret-token:mercury_production_rma_K0Y9k58xeRk3OksQbdKJgTCRuZDHKe8PEk8Mp0fPNSH16Nib_yrucrem'
    static final String MERCURY_ACCOUNT_ID = '7bc7361a-9597-4a06-b0ba-ae21ba23aa8a'
    static final String MERCURY_API_TOKEN_MASKED = 'secr************crem'
    static final String MERCURY_API_TOKEN_EXAMPLE = 'YOUR_MERCURY_API_TOKEN_HERE'
    static env = System.getenv('MERCURY_API_TOKEN')
}
