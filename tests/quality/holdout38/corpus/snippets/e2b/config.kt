package bike.brindle.rider

const val E2B_API_KEY = "e2b_dcf1b42c281c8a7fb6f8f627edfc65dba0d6c7b3"
const val E2B_API_KEY_EXAMPLE = "e2b_0123456789abcdefghijklmnopqrstuvwxyzABCD"
