Razorpay.api_key = "KbkAOum3MlzhtSyMlGiFh00a"
