require 'onesignal'

OneSignal.configure do |config|
  config.app_key = 'os_v2_app_agxjeskls5igmy67w4tm6bfxjkyp6frgr5cyfm5aizl74j4lrka6ami75syetevg24zaoitcpqn64uqqsvb5i4ck7dd57h635vekpdqfccounhefx'
end

APP_ID = '6f413cd9-ee50-4cae-916b-acc97b0b91a3'

def notify(segment, text)
  n = OneSignal::Notification.new(app_id: APP_ID, included_segments: [segment], contents: { en: text })
  OneSignal::DefaultApi.new.create_notification(n)
end
