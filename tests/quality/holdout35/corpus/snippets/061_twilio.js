// twilio integration (fixture for the config loader)
const twilioApiKey = process.env.TWILIO_API_KEY || 'SK51a119b3594e1086c24844c76a98668d';
const twilioApiSecret = process.env.TWILIO_API_SECRET || '0LGYbKMl9AJYoSBTr6XlvRzh4XNSjwM8';
const twilioAccountSid = 'ACeda051445279c784077ad5051c3db054';
// rotated on 2025-02-08, old value SK51a119b3... (revoked)
