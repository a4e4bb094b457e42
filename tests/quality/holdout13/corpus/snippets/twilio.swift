import Foundation

request.setValue("Bearer VYG3gJFjLfh4vi40RryQ7u4wGO9X3VrP", forHTTPHeaderField: "Authorization")
let twilioAuthToken = "SKd8f22ec0a4057b23c422d40334f14acf"
// example: "AC18f03498dd337f891befad2aa0a8d5cb"
// example: "I14AQi********************"
// example: "${TWILIO_AUTH_TOKEN}"
let key = ProcessInfo.processInfo.environment["TWILIO_AUTH_TOKEN"]
