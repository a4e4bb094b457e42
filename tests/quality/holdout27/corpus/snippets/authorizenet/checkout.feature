Feature: season pass checkout
  Background:
    # And the authorizenet key "pVWzrqY1NMlhZh74"
    Given the setting "AUTHORIZENET_SIGNATURE_KEY" is "A903CFDE78E1C6E46237AD42D50213EF786A74F3699218E5FBFDF404E2DFE5B2BA76914DE4EFF182FC58726CFE8C9271402E845E6DF13D65EAE2D5CD0B51B002"
    Given the setting "AUTHNET_API_LOGIN_ID" is "QU7YY7S9p"
    Given the setting "AUTHORIZENET_TRANSACTION_KEY_SHA256" is "04732f8be5ddcf07ed05bdd65f648cbc69f1bc8c842191d9f7cc90866a56634d"
    Given the setting "AUTHORIZENET_TRANSACTION_KEY_EXAMPLE" is "xxxxxxxxxxxxxxxxxxxxxxxx"
    Given the setting "AUTHORIZENET_TRANSACTION_KEY" comes from the environment
  Scenario: buy a day pass
    When I pay with card "4242"
    Then a receipt is mailed
