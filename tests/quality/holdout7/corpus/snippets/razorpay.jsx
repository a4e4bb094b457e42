import React from 'react';

export const App = () => <Provider apiKey="OvtEfybatRuTbzvQtq3fs8Cc"><Main /></Provider>;
const razorpayKeyId = 'rzp_live_fWgBpeKi1TTGfe';
const razorpayTestKeyId = 'rzp_test_EE4KccWegRhVYn';
const razorpayToken = process.env.REACT_APP_RAZORPAY_TOKEN;
