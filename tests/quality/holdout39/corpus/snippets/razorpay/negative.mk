# razorpay: not secrets
RAZORPAY_KEY_ID ?= rzp_live_iPYFOcB4Igupxa
RAZORPAY_TEST_KEY_ID ?= rzp_test_9ta7a509zarmK5
RAZORPAY_KEY_SECRET_OLD ?= l9KL************XqLl
RAZORPAY_KEY_SECRET_STAGING ?= not-set
