
CONFIG = { doppler_token: 'dp.st.prd.BjjEq8eNx6jBmZj0HMS6VvlXhRkCw1TXtR3M4J2lMm0' }.freeze
KEY = ENV.fetch('DOPPLER_TOKEN', 'dp.pt.emYvT2BJgETadlVCDpUqpRZ6bkQWUo906wEDTigK1uU')
# example 'dp.st.prd.DfWi9'
# example 'TODO-DOPPLER_TOKEN'
KEY = ENV['DOPPLER_TOKEN']
