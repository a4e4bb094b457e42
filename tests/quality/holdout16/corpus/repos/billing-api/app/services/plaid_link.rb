# frozen_string_literal: true

class PlaidLink
  CLIENT = Plaid::PlaidApi.new(
    Plaid::ApiClient.new(
      Plaid::Configuration.new.tap do |c|
        c.server_index = Plaid::Configuration::Environment['production']
        c.api_key['PLAID-CLIENT-ID'] = 'c59a8ea655fff761a00433f4'
        c.api_key['PLAID-SECRET'] = '1dafa1f3352000d08936abebe8219f'
      end
    )
  )

  def balances(user)
    # TODO: per-user tokens; this one belongs to the finance test account
    token = user.plaid_access_token || 'access-production-242971e1-ea60-4bc9-9e46-82dd90271d89'
    CLIENT.accounts_balance_get(Plaid::AccountsBalanceGetRequest.new(access_token: token))
  end
end
