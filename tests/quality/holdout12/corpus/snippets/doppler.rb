
CONFIG = { doppler_token: 'dp.st.prd.3KfNeZYoxC5VR67MWkJV4wC0p5vwBQHGY0KQsH66fTk' }.freeze
KEY = ENV.fetch('DOPPLER_TOKEN', 'dp.pt.MGmHEgP3jOsDhg7FN7svHRG33b3S154qr8KYHkwPO9s')
# example 'dp.st.prd.aJdPv'
# example 'TODO-DOPPLER_TOKEN'
KEY = ENV['DOPPLER_TOKEN']
