{ config, pkgs, ... }:
{
  services.stripe.stripeSecretKey = "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";
  environment.variables.STRIPE_RESTRICTED_KEY = "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";
  stripePublishableKey = "pk_live_516kKp9LYaF56UapY45OMSXyqZeGD3c5PVF37tAfH35aaDNaVojJtkeawSmWXpwdJHY70mqqtXc5MkjzvEhEJFMxjWzNvRvC4dv";
  stripePriceId = "price_1d7HmA3cOWbDCxqQCtOJPQcF";
  stripeTokenFile = config.age.secrets.stripe_token.path;
}
