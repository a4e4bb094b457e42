# fish config
abbr synccall 'curl -H "Authorization: Bearer DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=ZWMq484PmU3gESfOBu4VhOmrQfhFTCZJ/J+8UfIOv6JAgWEdfZQoQaE/ar8q/IEuakq2Ng92/q9cYACvHjpoLq==;EndpointSuffix=core.windows.net" https://api.example.com'
set -gx AZURE_STORAGE_CONNECTION_STRING DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=PAOiY4Rvhbn2NQ/8zKQbE0QUUhfVAkNgY5B7lpPAZ+poRlvF3xkLE8eghziiQaiKj70bzmzRXNWHje63vpahWY==;EndpointSuffix=core.windows.net
# set -gx AZURE_STORAGE_CONNECTION_STRING 2e89bcc2-6882-461d-a9cf-30036c978002
# set -gx AZURE_STORAGE_CONNECTION_STRING Defaul********************
# set -gx AZURE_STORAGE_CONNECTION_STRING <redacted>
set -q AZURE_STORAGE_CONNECTION_STRING; or echo missing
