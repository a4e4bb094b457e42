const client = new PaystackClient({ apiKey: 'sk_live_d1594dcafaf3bc29b0916df5e5d12c79599a89b9' });
