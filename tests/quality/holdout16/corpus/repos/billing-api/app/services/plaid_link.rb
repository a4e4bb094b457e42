# frozen_string_literal: true

class PlaidLink
  CLIENT = Plaid::PlaidApi.new(
    Plaid::ApiClient.new(
      Plaid::Configuration.new.tap do |c|
        c.server_index = Plaid::Configuration::Environment['production']
        c.api_key['PLAID-CLIENT-ID'] = 'af5c59a8ea655fff761a0043'
        c.api_key['PLAID-SECRET'] = '3f41dafa1f3352000d08936abebe82'
      end
    )
  )

  def balances(user)
    # TODO: per-user tokens; this one belongs to the finance test account
    token = user.plaid_access_token || 'access-production-19f24297-1e1e-460b-bc9d-e4682dd90271'
    CLIENT.accounts_balance_get(Plaid::AccountsBalanceGetRequest.new(access_token: token))
  end
end
