# ~/.config/fish/config.fish
set -gx HEROKU_API_KEY HRKU-AAMOn2pDYlAiErDlyEu-nyK1HNI3EDrGyJjvPntfWiywxrjCHgZqjdRqVLk8
abbr -a herokuapi 'curl -H "Authorization: Bearer 4e6f8708-1593-4859-a52f-429ad10aa342"'
set -gx HEROKU_APP_ID ea283372-1acf-46e8-8d56-4c78280c3f70
set -gx HEROKU_API_KEY_MASKED HRKU************VLk8
set -gx HEROKU_API_KEY_EXAMPLE YOUR_HEROKU_API_KEY_HERE
set -gx HEROKU_API_KEY_COPY $HEROKU_API_KEY
