# config/initializers/google.rb
ENV['GOOGLE_CLIENT_SECRET'] ||= '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'
ENV['GOOGLE_CLIENT_ID'] ||= '496855207210-f9e0jt75d4vcnrv3ijgrljxaylq02vji.apps.googleusercontent.com'
ENV['GOOGLE_CLIENT_SECRET_PREFIX'] ||= 'GOCSPX-SGe...'
