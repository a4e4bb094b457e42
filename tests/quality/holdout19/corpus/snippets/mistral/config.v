module main

const mistral_api_key = 'h9Rnk4WF3S1mCD69qcmhsiEzDSIa13mG'
const mistral_model = 'mistral-large-2411'
const mistral_api_key_masked = 'h9Rn************13mG'
const mistral_api_key_example = 'YOUR_MISTRAL_API_KEY_HERE'
mistral_api_key := os.getenv('MISTRAL_API_KEY')
