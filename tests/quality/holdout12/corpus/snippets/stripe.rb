
CONFIG = { stripe_secret_key: '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' }.freeze
KEY = ENV.fetch('STRIPE_SECRET_KEY', 'whsec_RFbkWXEglTdUNGMFKH1J2ueAQRafrt6O')
# example 'pk_live_H5e6YMBssSDW0HoqtWghXjaj8puUDTvT1rrTslPPdZh7JeCDW6nZktvQxYZyYQyocyROaLnHBGuX2KsXETMJg8nnw2zpKlgh6yK'
# example 'TODO-STRIPE_SECRET_KEY'
KEY = ENV['STRIPE_SECRET_KEY']
