require "net/smtp"

SMTP_PASSWORD = "fl4F_^*1pRuoP=dC72Qr"

Net::SMTP.start("smtp.tbg.internal", 587, "tbg.internal", "onboarding", SMTP_PASSWORD, :login) do |smtp|
  smtp.send_message(File.read("welcome.eml"), "it@thornbury-glasshouses.example", ARGV[0])
end
