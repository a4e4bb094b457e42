use v6;

constant $RAZORPAY_KEY_SECRET = 'C00MkTiMtWCyi1f9NijZ5CiS';
constant $RAZORPAY_KEY_ID = 'rzp_live_5cy9ggaYDtwWsI';
constant $RAZORPAY_KEY_SECRET_MASKED = 'C00M************5CiS';
constant $RAZORPAY_KEY_SECRET_EXAMPLE = '<RAZORPAY_KEY_SECRET>';
my $env = %*ENV<RAZORPAY_KEY_SECRET>;
