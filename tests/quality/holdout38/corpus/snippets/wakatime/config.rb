# config/initializers/wakatime.rb
ENV['WAKATIME_API_KEY'] ||= 'waka_678320fa-ee07-4484-844c-45b397f74d77'
ENV['WAKATIME_API_KEY_PREFIX'] ||= 'waka_67832...'
