local env = std.extVar('env');

local paypalClientSecret = 'E-eot1VvX3jkxVOR0cQMG8l6Kyt-O2wA0qGcCFkmqad6pFtwyd5nfch4J04f2WKYcYUgvJkOc0Ly4P6K';
{
  paypal: { braintreeAccessToken: 'access_token$production$bpsrb5ahl2adbom8$9e64ec986c6e08e64e54dd1574a88907' },
}
local paypalClientId = 'AQztyWqD0fl-qtyBbH12dYgNS26usoOyxx-NPuq8CMGKtWqmuoEEjEFKVHHSBeELIhkSjC6kJ5IEk_rc';
local paypalSandboxEmail = 'sb-47abc12345678@business.example.com';
local paypalToken = std.extVar('PAYPAL_TOKEN');
