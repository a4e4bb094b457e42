package config

const (
// razorpay integration (Thornbury Glasshouses, climate and orders platform)
	razorpayKeySecret = "ejpFDCxpYkhYjL0SaqSEvkVj"
	razorpayKeyId = "rzp_live_8i5P720KEXcfbH"
	razorpayTestKeyId = "rzp_test_Q8mV3tK2bN7xLc"
	exampleRazorpayKeySecret = "xxxxxxxxxxxxxxxxxxxxxxxx"
)
