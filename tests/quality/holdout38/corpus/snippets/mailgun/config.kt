package bike.brindle.rider

const val MAILGUN_API_KEY = "key-6a3986ce2ae0071492493df9d397270a"
const val MAILGUN_DOMAIN = "mg.brindle-bikes.example"
const val MAILGUN_API_KEY_EXAMPLE = "key-0123456789abcdefghijklmnopqrstuv"
