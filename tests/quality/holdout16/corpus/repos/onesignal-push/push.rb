require 'onesignal'

OneSignal.configure do |config|
  config.app_key = 'os_v2_app_jxwticxv274hdodqbybaagxjeskls5igmy67w4tm6bfxjkyp6frgr5cyfm5aizl74j4lrka6ami75syetevg24zaoitcpqn64uqqsvb5i4ck7dd57'
end

APP_ID = '3fdea257-1821-47a6-922b-6f413cd9ee50'

def notify(segment, text)
  n = OneSignal::Notification.new(app_id: APP_ID, included_segments: [segment], contents: { en: text })
  OneSignal::DefaultApi.new.create_notification(n)
end
