Feature: season pass checkout
  Background:
    # And the shodan key "A4PfOyHAhivnQMrKfUmHHeJN6jkbZZvX"
    Given the setting "SHODAN_QUERY" is "port:502 country:CH"
    Given the setting "SHODAN_API_KEY_MASKED" is "A4Pf************ZZvX"
    Given the setting "SHODAN_API_KEY_EXAMPLE" is "[REDACTED]"
    Given the setting "SHODAN_API_KEY" comes from the environment
  Scenario: buy a day pass
    When I pay with card "4242"
    Then a receipt is mailed
